package com.partnercenter.analytics.stub.data.generate;

import java.util.Optional;

/** The catalogue's workload codes by name, for rows built outside the generator (the documentation's examples). */
public final class WorkloadCodes {
    private WorkloadCodes() {
    }

    /** The code of the workload called {@code name} ({@code Exchange} → {@code EXO}), if the catalogue has it. */
    public static Optional<String> codeOf(String name) {
        return Catalog.WORKLOADS.stream().filter(w -> w.name().equals(name)).map(Catalog.Workload::code).findFirst();
    }
}
