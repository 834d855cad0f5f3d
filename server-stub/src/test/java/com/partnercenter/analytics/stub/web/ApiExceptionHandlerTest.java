package com.partnercenter.analytics.stub.web;

import ch.qos.logback.classic.Level;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTest {
    private static final ParameterRules RULES = new ParameterRules(AnalyticsSpec.bundled());

    @Test
    void aClientThatWentAwayIsNeitherAnErrorLogNorA500() {
        Logger log = (Logger) LoggerFactory.getLogger(ApiExceptionHandler.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        try {
            MockHttpServletResponse response = new MockHttpServletResponse();
            new ApiExceptionHandler(RULES).other(new AsyncRequestNotUsableException("ServletOutputStream failed to write",
                    new ClientAbortException(new IOException("Broken pipe"))), new MockHttpServletRequest("GET", "/x"), response);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).isEmpty();
            assertThat(events.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        } finally {
            log.detachAppender(events);
        }
    }

    @Test
    void anyOtherUnexpectedErrorIsStillLoggedAndA500() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ApiExceptionHandler(RULES).other(new IllegalStateException("bug"), new MockHttpServletRequest("GET", "/x"), response);

        assertThat(response.getStatus()).isEqualTo(500);
    }
}
