package com.partnercenter.analytics.stub.data.generate;

import java.util.SplittableRandom;

/**
 * One random stream per entity and resource, split off the seed in this fixed order, so each resource's data
 * depends only on the seed and sizes, never on the order in which the tables are built (they are built in
 * parallel). Adding a stream anywhere but at the end changes every stream after it.
 */
record RandomStreams(SplittableRandom partner, SplittableRandom customers, SplittableRandom resellers,
                     SplittableRandom subscriptions, SplittableRandom azureUsage, SplittableRandom licenses,
                     SplittableRandom searches, SplittableRandom referrals, SplittableRandom products) {

    static RandomStreams split(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom partner = root.split();
        SplittableRandom customers = root.split();
        SplittableRandom resellers = root.split();
        SplittableRandom subscriptions = root.split();
        SplittableRandom azureUsage = root.split();
        SplittableRandom licenses = root.split();
        SplittableRandom searches = root.split();
        SplittableRandom referrals = root.split();
        SplittableRandom products = root.split();
        return new RandomStreams(partner, customers, resellers, subscriptions, azureUsage, licenses, searches, referrals, products);
    }
}
