package com.partnercenter.analytics.reliability.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Captures every log event of the JVM at TRACE, from SLF4J and (bridged) from java.util.logging, which OkHttp and the
 * JDK use, into memory; the console appender is detached meanwhile so the build log stays quiet. Each event is
 * rendered as its formatted message plus every throwable message and stack frame in its cause chain.
 */
public final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final Level previousLevel;
    private final java.util.Map<Logger, Level> previousLevels = new java.util.HashMap<>();
    private final Appender<ILoggingEvent> console;
    private final java.util.logging.Level previousJulLevel;
    private final java.util.logging.Handler[] previousJulHandlers;
    private final boolean bridgeInstalledHere;

    private LogCapture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        console = root.getAppender("CONSOLE");
        if (console != null) {
            root.detachAppender(console);
        }
        root.setLevel(Level.TRACE);
        // loggers with their own level (Spring Boot sets some from logging.level.*) are raised too
        for (Logger logger : root.getLoggerContext().getLoggerList()) {
            if (logger.getLevel() != null && logger != root) {
                previousLevels.put(logger, logger.getLevel());
                logger.setLevel(Level.TRACE);
            }
        }
        appender.start();
        root.addAppender(appender);
        java.util.logging.Logger julRoot = java.util.logging.LogManager.getLogManager().getLogger("");
        previousJulHandlers = julRoot.getHandlers();
        bridgeInstalledHere = !SLF4JBridgeHandler.isInstalled();
        if (bridgeInstalledHere) {
            // otherwise (Spring Boot installed it) the installed bridge and its filters are what is tested
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        previousJulLevel = julRoot.getLevel();
        julRoot.setLevel(java.util.logging.Level.ALL);
    }

    /** Starts capturing. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** Every captured event as text, for the loggers {@code include} accepts. */
    public List<String> lines(Predicate<String> include) {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            if (!include.test(event.getLoggerName())) {
                continue;
            }
            lines.add(event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    lines.add(frame.getSTEAsString());
                }
                for (IThrowableProxy s : t.getSuppressed()) {
                    lines.add(s.getClassName() + ": " + s.getMessage());
                }
            }
        }
        return lines;
    }

    /** How many events were captured from loggers {@code include} accepts. */
    public long count(Predicate<String> include) {
        return List.copyOf(appender.list).stream().filter(e -> include.test(e.getLoggerName())).count();
    }

    @Override
    public void close() {
        java.util.logging.Logger julRoot = java.util.logging.LogManager.getLogManager().getLogger("");
        julRoot.setLevel(previousJulLevel);
        if (bridgeInstalledHere) {
            SLF4JBridgeHandler.uninstall();
            for (java.util.logging.Handler h : previousJulHandlers) {
                julRoot.addHandler(h);
            }
        }
        root.detachAppender(appender);
        root.setLevel(previousLevel);
        previousLevels.forEach(Logger::setLevel);
        if (console != null) {
            root.addAppender(console);
        }
    }
}
