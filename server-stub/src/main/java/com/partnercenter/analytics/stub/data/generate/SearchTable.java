package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.BooleanColumn;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.LongColumn;
import com.partnercenter.analytics.stub.data.Partner;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.StringColumn;
import com.partnercenter.analytics.stub.data.Table;

import java.util.Locale;
import java.util.SplittableRandom;

import static com.partnercenter.analytics.stub.data.generate.Days.DAY;
import static com.partnercenter.analytics.stub.data.generate.Days.floorDay;
import static com.partnercenter.analytics.stub.data.generate.Draws.any;
import static com.partnercenter.analytics.stub.data.generate.Draws.percent;
import static com.partnercenter.analytics.stub.data.generate.Draws.pick;

/**
 * The {@code SearchAnalytics} resource: one row per view of the partner's profile in a search result page, spread
 * evenly over the last two years, with the keywords of the search and what the searcher did.
 */
final class SearchTable {
    /** The rows span this many days up to "today". */
    static final long SEARCH_DAYS = 730;
    /** Of every hundred searches, this many opened the profile's details ... */
    static final int DETAILS_VIEWED_PERCENT = 35;
    /** ... this many clicked the contact button ... */
    static final int CONTACT_CLICKED_PERCENT = 10;
    /** ... and of those who did, this many submitted a referral. */
    static final int REFERRAL_OF_CONTACTS_PERCENT = 40;
    /** Of every hundred searches, this many had a country keyword, an industry, a product. */
    static final int COUNTRY_KEYWORD_PERCENT = 45;
    static final int INDUSTRY_KEYWORD_PERCENT = 30;
    static final int PRODUCT_KEYWORD_PERCENT = 40;
    /** Of every hundred searches, this many had no search text, and this many more searched the partner's name. */
    static final int NO_TEXT_PERCENT = 30;
    static final int PARTNER_NAME_TEXT_PERCENT = 10;

    private final AnalyticsSpec spec;
    private final int n;
    private final long asOf;

    SearchTable(AnalyticsSpec spec, int n, long asOf) {
        this.spec = spec;
        this.n = n;
        this.asOf = asOf;
    }

    Table build(SplittableRandom rnd, Partner partner) {
        Table.Builder t = Table.builder(RowSchema.read(spec, "SearchAnalytics"), n);
        StringColumn.Builder companyName = t.string("companyName");
        BooleanColumn.Builder contactButtonClicked = t.bool("contactButtonClicked");
        BooleanColumn.Builder detailsViewed = t.bool("detailsViewed");
        BooleanColumn.Builder referralSubmitted = t.bool("referralSubmitted");
        StringColumn.Builder keywordCountry = t.string("keywordCountry");
        StringColumn.Builder keywordIndustryFocus = t.string("keywordIndustryFocus");
        StringColumn.Builder keywordProduct = t.string("keywordProduct");
        StringColumn.Builder keywordSearchText = t.string("keywordSearchText");
        LongColumn.Builder mpnId = t.integer("mpnId");
        StringColumn.Builder partnerMarket = t.string("partnerMarket");
        DateColumn.Builder searchDate = t.date("searchDate");
        // the counts only grouped rows carry: each row is one search result page view
        LongColumn.Builder pageViews = t.hiddenInteger("searchResultPageViews");
        LongColumn.Builder contactClicks = t.hiddenInteger("contactClicks");
        LongColumn.Builder referralCount = t.hiddenInteger("referralCount");
        LongColumn.Builder profileViews = t.hiddenInteger("profileViews");
        int company = companyName.intern(partner.name());
        String partnerNameText = " " + partner.name().toLowerCase(Locale.ROOT);
        long first = floorDay(asOf) - (SEARCH_DAYS - 1) * DAY;
        for (int i = 0; i < n; i++) {
            boolean details = percent(rnd, DETAILS_VIEWED_PERCENT);
            boolean contact = percent(rnd, CONTACT_CLICKED_PERCENT);
            boolean referral = contact && percent(rnd, REFERRAL_OF_CONTACTS_PERCENT);
            companyName.appendCode(company);
            contactButtonClicked.append(contact);
            detailsViewed.append(details);
            referralSubmitted.append(referral);
            keywordCountry.append(percent(rnd, COUNTRY_KEYWORD_PERCENT) ? pick(rnd, Catalog.MARKETS) : null);
            keywordIndustryFocus.append(percent(rnd, INDUSTRY_KEYWORD_PERCENT) ? any(rnd, Catalog.INDUSTRY_FOCUS) : null);
            keywordProduct.append(percent(rnd, PRODUCT_KEYWORD_PERCENT) ? any(rnd, Catalog.SEARCH_PRODUCTS) : null);
            int textRoll = rnd.nextInt(100);
            keywordSearchText.append(textRoll < NO_TEXT_PERCENT ? null
                    : textRoll < NO_TEXT_PERCENT + PARTNER_NAME_TEXT_PERCENT ? partnerNameText : any(rnd, Catalog.SEARCH_TEXTS));
            mpnId.append(partner.mpnId());
            partnerMarket.append(pick(rnd, Catalog.PROFILE_MARKETS));
            searchDate.append(first + (i * SEARCH_DAYS / Math.max(1, n)) * DAY);
            pageViews.append(1);
            contactClicks.append(contact ? 1 : 0);
            referralCount.append(referral ? 1 : 0);
            profileViews.append(details ? 1 : 0);
        }
        return t.build();
    }
}
