package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.QueryException;
import com.partnercenter.analytics.query.QueryValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static com.partnercenter.analytics.stub.engine.EngineFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Filters parsed by the shared query module, compiled by the stub, evaluated on a known table. */
class FilterEvaluationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "customerMarket eq 'US'                                                 | S0 S1 S5",
            "customerMarket ne 'US'                                                 | S2 S3 S4",
            "customerMarket eq 'FR'                                                 | ",
            "customerMarket ne 'FR'                                                 | S0 S1 S2 S3 S4 S5",
            "autoRenewEnabled eq true                                               | S0 S2 S4 S5",
            "autoRenewEnabled ne true                                               | S1 S3",
            "creationDate gt cast('2018-01-03', Edm.DateTimeOffset)                 | S2 S3 S5",
            "creationDate ge cast('2018-01-03', Edm.DateTimeOffset)                 | S1 S2 S3 S5",
            "creationDate lt cast('2018-01-03', Edm.DateTimeOffset)                 | S0",
            "creationDate le cast('2018-01-03', Edm.DateTimeOffset)                 | S0 S1",
            "creationDate eq cast('2018-01-03', Edm.DateTimeOffset)                 | S1",
            "creationDate ne cast('2018-01-03', Edm.DateTimeOffset)                 | S0 S2 S3 S4 S5",
            "creationDate eq '2018-01-08T12:30:00.500'                              | S2",
            "creationDate ge '2019-03-31T23:59:59.999Z'                             | S5",
            "creationDate eq null                                                   | S4",
            "deprovisionedDate ne null                                              | S3",
            "contains(customerName,'o')                                             | S0 S1 S5",
            "contains(customerName,'Contoso')                                       | S0 S1",
            // customerName compares without regard to case (DEV-42)
            "contains(customerName,'contoso')                                       | S0 S1",
            "contains(customerName,'CONTOSO')                                       | S0 S1",
            "customerMarket eq 'us'                                                 | S0 S1 S5",
            "subscriptionType eq 'office'                                           | ",
            "contains(productName,'365')                                            | S0 S2 S3 S4",
            "customerMarket eq 'x' or contains(customerName,'''s')                  | S2",
            "contains(customerName,'O''Brien')                                      | S5",
            "productName eq 'OFFICE 365 E3'                                         | S0 S4",
    })
    void everyOperatorSelectsTheRightRows(String filter, String expected) {
        assertThat(ids(filter)).isEqualTo(expected == null ? List.of() : Arrays.asList(expected.trim().split(" ")));
    }

    @Test
    void andBindsTighterThanOr() {
        // a or (b and c)
        assertThat(ids("customerMarket eq 'GB' or customerMarket eq 'US' and autoRenewEnabled eq false")).containsExactly("S1", "S2");
        // (a or b) and c
        assertThat(ids("(customerMarket eq 'GB' or customerMarket eq 'US') and autoRenewEnabled eq false")).containsExactly("S1");
    }

    @Test
    void parenthesesNest() {
        assertThat(ids("((status eq 'ACTIVE') and (customerMarket eq 'DE' or (customerMarket eq 'US' and autoRenewEnabled eq true)))"))
                .containsExactly("S0", "S4", "S5");
    }

    @Test
    void theDocumentationsOwnExampleWorks() {
        assertThat(ids("autoRenewEnabled eq true and customerMarket eq 'US'")).containsExactly("S0", "S5");
        assertThat(ids("status eq 'ACTIVE' or (creationDate le cast('2018-01-01', Edm.DateTimeOffset) and creationDate le cast('2018-04-01', Edm.DateTimeOffset))"))
                .containsExactly("S0", "S2", "S4", "S5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "colour eq 'red'                                | 0  | colour",
            "customerMarket gt 'US'                         | 15 | gt",
            "customerMarket eq true                         | 18 | true",
            "autoRenewEnabled eq 'maybe'                    | 20 | 'maybe'",
            "creationDate ge cast('2018-13-01', Edm.DateTimeOffset) | 21 | ",
            "customerMarket eq 'US' and                     | 26 | ",
            "customerMarket eq 'US                          | 18 | ",
            "(customerMarket eq 'US'                        | 23 | ",
            "trialEndDate eq null                           | 0  | trialEndDate",
    })
    void errorsNameTheTokenAndItsPosition(String filter, Integer position, String token) {
        QueryValidator validator = new QueryValidator(EngineFixture.SUBSCRIPTIONS);
        assertThatThrownBy(() -> validator.filter(filter))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("filter");
                    if (position != null) {
                        assertThat(e.position()).isEqualTo(position);
                    }
                    if (token != null) {
                        assertThat(e.token()).isEqualTo(token);
                    }
                    assertThat(e.getMessage()).startsWith("Invalid filter");
                });
    }
}
