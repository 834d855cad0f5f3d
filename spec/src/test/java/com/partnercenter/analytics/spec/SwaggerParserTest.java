package com.partnercenter.analytics.spec;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SwaggerParserTest {

    /** Parses and resolves a document; returns the parser's messages, or one saying nothing was parsed. */
    static List<String> parserMessages(Path document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(document.toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            return List.of("no document parsed: " + result.getMessages());
        }
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    @Test
    void theDocumentParsesAndResolvesWithoutAnyMessage() {
        assertThat(parserMessages(SpecDocuments.DOCUMENT)).isEmpty();
    }

    @Test
    void theDocumentIsOpenApi303WithAllElevenOperations() {
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(SpecDocuments.DOCUMENT.toUri().toString(), null, new ParseOptions());
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(result.getOpenAPI().getPaths()).hasSize(11);
    }
}
