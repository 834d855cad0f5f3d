package com.partnercenter.analytics.stub.data;

import java.nio.file.Path;

/** A data file the stub refuses, naming the file, the line (1-based; 0 for the file as a whole) and the reason. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String reason;

    public DataFileException(Path file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
