package com.partnercenter.analytics.contract;

import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the spec has a recorded success fixture and a recorded fixture for each documented error
 * status. Prints the matrix operation x status (recorded fixtures, plus quirk fixtures after a '+'), and fails
 * listing the empty cells.
 */
class CoverageReportTest {
    @Test
    void everyOperationHasAFixtureForSuccessAndForEachDocumentedErrorStatus() {
        AnalyticsSpec spec = AnalyticsSpec.bundled();
        List<Fixture> fixtures = FixtureLoader.sourceCorpus().loadAll();
        Set<Integer> statuses = new TreeSet<>();
        spec.operations().values().forEach(op -> statuses.addAll(op.responseStatuses()));

        List<String> missing = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        int width = spec.operations().keySet().stream().mapToInt(String::length).max().orElse(10);
        table.append(String.format("%-" + width + "s", "operation \\ status"));
        statuses.forEach(s -> table.append(String.format(" %5d", s)));
        table.append('\n');
        for (OperationDescriptor op : spec.operations().values()) {
            Map<Integer, int[]> cells = new TreeMap<>();
            for (Fixture f : fixtures) {
                if (f.operationId().equals(op.operationId())) {
                    cells.computeIfAbsent(f.status(), k -> new int[2])[f.isQuirk() ? 1 : 0]++;
                }
            }
            table.append(String.format("%-" + width + "s", op.operationId()));
            for (int status : statuses) {
                int[] n = cells.getOrDefault(status, new int[2]);
                String cell;
                if (!op.responseStatuses().contains(status)) {
                    cell = n[0] + n[1] == 0 ? "n/a" : "!" + (n[0] + n[1]);
                } else {
                    cell = n[0] + (n[1] > 0 ? "+" + n[1] : "");
                    if (n[0] == 0) {
                        missing.add(op.operationId() + " " + status);
                    }
                }
                table.append(String.format(" %5s", cell));
            }
            table.append('\n');
        }
        System.out.println("Fixture coverage (recorded+quirk; n/a = status not documented for the operation):\n" + table);
        assertThat(missing).as("operation x documented status without a recorded fixture").isEmpty();
    }
}
