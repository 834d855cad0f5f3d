package com.partnercenter.analytics.client.readme;

import com.partnercenter.analytics.client.AsyncPartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.Attempt;
import com.partnercenter.analytics.client.HttpLogLevel;
import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.RequestOptions;
import com.partnercenter.analytics.client.Response;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.error.BadRequestException;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.generated.model.AzureUsage;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.query.Filters;
import com.partnercenter.analytics.query.QueryValidationException;
import com.partnercenter.analytics.spec.AggregationLevel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The code of the client README's usage section. The README shows the regions between the {@code tag::} and
 * {@code end::} markers verbatim; {@code ReadmeExamplesTest} checks that they match and runs them against a
 * WireMock server, and the {@code readme-consumer} integration test compiles and runs them against the installed
 * artifact only.
 */
public final class ReadmeExamples {
    private ReadmeExamples() {
    }

    public static PartnerCenterAnalyticsClient buildClient(String baseUrl, Supplier<String> accessTokens) {
        // tag::build-client[]
        PartnerCenterAnalyticsClient client = PartnerCenterAnalyticsClient.builder()
                .baseUrl(baseUrl)                      // or .cloud(PartnerCenterCloud.GLOBAL)
                .tokenSupplier(accessTokens)           // asked on every request, so refreshed tokens are used
                .applicationName("Contoso Partner Portal")
                .locale("en-US")
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofMinutes(5))     // the whole exchange, however slowly it trickles
                .retryPolicy(RetryPolicy.defaults())   // 4 attempts, backoff from 2 s, within 2 minutes
                .httpLogLevel(HttpLogLevel.BASIC)      // SLF4J, DEBUG; the token is never logged
                .build();
        // end::build-client[]
        return client;
    }

    public static List<Subscription> listSubscriptionsWithAFilter(PartnerCenterAnalyticsClient client) {
        // tag::filter[]
        AnalyticsQuery query = AnalyticsQuery.builder()
                .filter(Filters.field("customerMarket").eq("US")
                        .and(Filters.field("autoRenewEnabled").eq(true))
                        .and(Filters.contains("customerName", "O'Brien")))   // quoted and escaped for you
                .top(100)
                .build();
        Page<Subscription> page = client.subscriptions().list(query);
        long total = page.totalCount().orElse(0);               // TotalCount: matches over all pages
        String next = page.nextLink().orElse(null);             // @nextLink: null on the last page
        List<Subscription> subscriptions = page.items();
        // end::filter[]
        System.out.printf("%d of %d subscriptions, next page %s%n", subscriptions.size(), total, next);
        return subscriptions;
    }

    public static List<String> groupByMonth(PartnerCenterAnalyticsClient client) {
        // tag::group-by-month[]
        AnalyticsQuery perMonth = AnalyticsQuery.builder()
                .filter(Filters.field("creationDate").ge(LocalDate.of(2024, 1, 1)))
                .groupBy("creationDate", "subscriptionType")
                .aggregationLevel(AggregationLevel.MONTH)
                .build();
        List<String> lines = new ArrayList<>();
        for (Subscription group : client.subscriptions().list(perMonth).items()) {
            lines.add(group.getCreationDate().toLocalDate() + " " + group.getSubscriptionType()
                    + ": " + group.getSubscriptionCount() + " subscriptions");
        }
        // end::group-by-month[]
        return lines;
    }

    public static BigDecimal streamAllRows(PartnerCenterAnalyticsClient client) {
        // tag::stream-all[]
        AnalyticsQuery virtualMachines = AnalyticsQuery.builder()
                .filter(Filters.field("meterCategory").eq("Virtual Machines"))
                .build();
        BigDecimal quantity = client.azureUsage().listAll(virtualMachines)
                .stream()                              // pages are fetched lazily, following @nextLink
                .map(AzureUsage::getQuantity)          // BigDecimal: fractional meters (20.5 hours) read exactly
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // end::stream-all[]
        return quantity;
    }

    public static List<String> stopAndResume(PartnerCenterAnalyticsClient client, int pagesThisRun) {
        List<String> handled = new ArrayList<>();
        AnalyticsQuery query = AnalyticsQuery.builder().top(1000).build();
        // tag::resume[]
        String savedLink = null;
        int pages = 0;
        for (Page<Subscription> page : client.subscriptions().listAll(query).pages()) {
            page.items().forEach(s -> handled.add(s.getId()));
            savedLink = page.nextLink().orElse(null);   // persist it with your progress
            if (++pages == pagesThisRun) {
                break;                                  // e.g. the job's time is up
            }
        }
        // ... a later run carries on from the saved link:
        if (savedLink != null) {
            client.subscriptions().listAllFrom(savedLink).forEach(s -> handled.add(s.getId()));
        }
        // end::resume[]
        return handled;
    }

    public static String handleErrors(PartnerCenterAnalyticsClient client) {
        // tag::errors[]
        try {
            client.referrals().list(AnalyticsQuery.builder()
                    .filter(Filters.field("status").eq("Accepted"))
                    .build());
            return "ok";
        } catch (QueryValidationException e) {
            // The spec says the service would reject the query; nothing was sent.
            return "invalid query: " + e.getMessage();
        } catch (ThrottledException e) {
            // Still throttled after the retries; Retry-After says how long to wait.
            return "throttled, retry after " + e.retryAfter().map(Duration::toSeconds).orElse(60L) + " s";
        } catch (BadRequestException e) {
            return "rejected: code " + e.code() + ", " + e.description() + " " + e.data();
        } catch (PartnerCenterException e) {
            // Every other failure: HTTP status (0 without a response), ids for support, attempts made.
            return "failed: HTTP " + e.statusCode() + ", MS-RequestId " + e.requestId()
                    + ", MS-CorrelationId " + e.correlationId() + ", attempts " + e.attempts();
        }
        // end::errors[]
    }

    public static List<String> rawResponse(PartnerCenterAnalyticsClient client, AnalyticsQuery query) {
        List<String> log = new ArrayList<>();
        // tag::raw-response[]
        Response<Page<Subscription>> response = client.subscriptions()
                .listWithResponse(query, RequestOptions.none());          // one request, as list(query) sends
        int status = response.statusCode();
        String requestId = response.requestId().orElse("-");             // MS-RequestId the service answered with
        String cv = response.correlationVector().orElse("-");            // MS-CV, for a support ticket
        for (Attempt attempt : response.attempts()) {                     // every try, with its Retry-After
            log.add("attempt " + attempt.number() + ": HTTP " + attempt.statusCode()
                    + attempt.retryAfter().map(d -> ", Retry-After " + d.toSeconds() + " s").orElse(""));
        }
        Page<Subscription> page = response.value();
        // end::raw-response[]
        log.add(status + " " + requestId + " " + cv + " " + page.items().size() + " rows");
        return log;
    }

    public static long requestOptions(PartnerCenterAnalyticsClient client, AnalyticsQuery query, UUID jobId) {
        // tag::request-options[]
        RequestOptions nightlyJob = RequestOptions.builder()
                .timeout(Duration.ofSeconds(20))                 // per attempt: the connection and each read
                .retryPolicy(RetryPolicy.builder().maxAttempts(6).build())
                .correlationId(jobId)                            // MS-CorrelationId of every page of this pass
                .header("X-Locale", "de-DE")                     // extra or replaced headers, for this call only
                .build();
        long rows = client.subscriptions().listAll(query, nightlyJob).stream().count();
        // end::request-options[]
        return rows;
    }

    public static List<String> async(PartnerCenterAnalyticsClient client, AnalyticsQuery query) {
        List<Integer> pageSizes = new ArrayList<>();
        // tag::async[]
        AsyncPartnerCenterAnalyticsClient async = client.async();
        CompletableFuture<Page<Subscription>> firstPage = async.subscriptions().list(query);
        CompletableFuture<List<AzureUsage>> usage = async.azureUsage().listAll(AnalyticsQuery.all());
        CompletableFuture<Void> pass = async.subscriptions().pages(query)
                .forEach(page -> pageSizes.add(page.items().size()));  // each page requested after the one before
        CompletableFuture.allOf(firstPage, usage, pass).join();        // or compose them; cancel() stops the call
        // end::async[]
        return List.of(firstPage.join().items().size() + " subscriptions", usage.join().size() + " usage rows",
                pageSizes + " page sizes");
    }
}
