package com.partnercenter.analytics.contract;

import com.partnercenter.analytics.contract.record.Scenario;
import com.partnercenter.analytics.contract.record.ScenarioFile;
import com.partnercenter.analytics.query.QueryException;
import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scenario list the recorder runs asks for every cell of the coverage matrix, with sound queries. */
class ScenarioFileTest {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();
    private static final List<Scenario> SCENARIOS = ScenarioFile.read(ScenarioFile.SOURCE, SPEC);

    @Test
    void scenariosAskForEveryDocumentedStatusOfEveryOperation() {
        List<String> missing = new ArrayList<>();
        for (OperationDescriptor op : SPEC.operations().values()) {
            Set<Integer> planned = new TreeSet<>();
            SCENARIOS.stream().filter(s -> s.operationId().equals(op.operationId())).forEach(s -> planned.add(s.status()));
            for (int status : op.responseStatuses()) {
                if (!planned.contains(status)) {
                    missing.add(op.operationId() + " " + status);
                }
            }
            assertThat(op.responseStatuses()).as(op.operationId()).containsAll(planned);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyOperationThatPagesHasPlainFilteredGroupedAndSecondPageScenarios() {
        for (OperationDescriptor op : SPEC.operations().values()) {
            if (op.query().isEmpty()) {
                continue;
            }
            List<String> names = SCENARIOS.stream().filter(s -> s.operationId().equals(op.operationId())).map(Scenario::name).toList();
            assertThat(names).as(op.operationId()).contains("plain", "filtered", "second-page", "bad-filter", "no-token",
                    "throttled");
            assertThat(names).as(op.operationId()).anyMatch(n -> n.startsWith("grouped"));
            if (!op.query().get().aggregationLevels().isEmpty()) {
                assertThat(SCENARIOS).as(op.operationId() + " has a grouped scenario with aggregationLevel")
                        .anyMatch(s -> s.operationId().equals(op.operationId()) && s.query().containsKey("aggregationLevel"));
            }
        }
    }

    @Test
    void successfulScenariosUseQueriesTheSpecsMatrixAcceptsAndBadFiltersAreRejectedByIt() {
        for (Scenario s : SCENARIOS) {
            if (!s.query().containsKey("filter")) {
                continue;
            }
            QueryValidator validator = new QueryValidator(SPEC.queryCapabilities(s.operationId()));
            if (s.status() == 200) {
                // Written as the client's printer writes it, so the client replay sends the same text.
                assertThat(validator.filter(s.query().get("filter")).toFilterString()).as(s.key()).isEqualTo(s.query().get("filter"));
            } else {
                assertThatThrownBy(() -> validator.filter(s.query().get("filter"))).as(s.key()).isInstanceOf(QueryException.class);
            }
        }
    }

    @Test
    void everyScenarioHasItsOwnCorrelationId() {
        assertThat(SCENARIOS.stream().map(Scenario::correlationId).distinct().count()).isEqualTo(SCENARIOS.size());
    }
}
