package com.partnercenter.analytics.spec.check;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator on a small document of its own: what passes, and the message for what does not. */
class SpecSchemaValidatorTest {
    private static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: t, version: 1.0.0}
            paths: {}
            components:
              schemas:
                Item:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    count: {type: integer, minimum: 0}
                    tags: {type: array, items: {$ref: '#/components/schemas/Tag'}}
                Tag:
                  type: object
                  properties:
                    name: {type: string}
            """;

    private static final SpecSchemaValidator VALIDATOR = new SpecSchemaValidator(
            AnalyticsSpec.read(new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)), "test document"));

    @Test
    void aValidInstanceHasNoMessages() {
        assertThat(VALIDATOR.validateJson("{\"id\":\"a\",\"count\":3,\"tags\":[{\"name\":\"x\"}]}", "/components/schemas/Item")).isEmpty();
    }

    @Test
    void aWrongTypeAMissingRequiredMemberAndABrokenBoundAreReported() {
        assertThat(VALIDATOR.validateJson("{\"id\":1}", "/components/schemas/Item")).singleElement().asString().startsWith("/id: ");
        assertThat(VALIDATOR.validateJson("{}", "/components/schemas/Item")).singleElement().asString().contains("id");
        assertThat(VALIDATOR.validateJson("{\"id\":\"a\",\"count\":-1}", "/components/schemas/Item")).singleElement().asString().startsWith("/count: ");
    }

    @Test
    void aMemberNoSchemaDeclaresIsReportedAlsoBehindAReference() {
        assertThat(VALIDATOR.validateJson("{\"id\":\"a\",\"colour\":\"red\"}", "/components/schemas/Item"))
                .singleElement().asString().contains("colour");
        assertThat(VALIDATOR.validateJson("{\"id\":\"a\",\"tags\":[{\"name\":\"x\",\"nmae\":\"y\"}]}", "/components/schemas/Item"))
                .singleElement().asString().contains("nmae");
    }

    @Test
    void aTextThatIsNotJsonGivesOneMessageSayingSo() {
        assertThat(VALIDATOR.validateJson("{id:", "/components/schemas/Item")).singleElement().asString().startsWith("$: not JSON");
    }
}
