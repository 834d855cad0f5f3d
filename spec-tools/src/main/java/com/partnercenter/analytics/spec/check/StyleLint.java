package com.partnercenter.analytics.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.openapitools.empoa.swagger.core.internal.SwAdapter;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;
import org.openapitools.openapistylevalidator.ValidatorParameters;
import org.openapitools.openapistylevalidator.styleerror.StyleError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The lint pass: OpenAPI Style Validator (openapitools) run as a library. Its defaults apply except where
 * {@code spec/lint/style-validator-suppressions.yaml} overrides an option; every override there carries its
 * reason, and an override without one is refused.
 */
public final class StyleLint {
    private final ValidatorParameters parameters;

    private StyleLint(ValidatorParameters parameters) {
        this.parameters = parameters;
    }

    /** Reads the suppressions file and configures the validator from it. */
    public static StyleLint fromSuppressions(Path suppressionsFile) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(suppressionsFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + suppressionsFile, e);
        }
        ValidatorParameters parameters = new ValidatorParameters();
        Iterator<Map.Entry<String, JsonNode>> options = root.path("suppressions").fields();
        while (options.hasNext()) {
            Map.Entry<String, JsonNode> option = options.next();
            String name = option.getKey();
            JsonNode value = option.getValue().path("value");
            if (option.getValue().path("reason").asText("").isBlank()) {
                throw new IllegalArgumentException(suppressionsFile + ": suppression '" + name + "' has no reason");
            }
            apply(parameters, name, value, suppressionsFile);
        }
        return new StyleLint(parameters);
    }

    private static void apply(ValidatorParameters parameters, String name, JsonNode value, Path file) {
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : ValidatorParameters.class.getMethods()) {
            if (!method.getName().equals(setter) || method.getParameterCount() != 1) {
                continue;
            }
            Class<?> type = method.getParameterTypes()[0];
            try {
                if (type == boolean.class) {
                    method.invoke(parameters, value.asBoolean());
                } else if (type.isEnum()) {
                    method.invoke(parameters, enumValue(type, value.asText()));
                } else if (List.class.isAssignableFrom(type)) {
                    List<String> list = new ArrayList<>();
                    value.forEach(v -> list.add(v.asText()));
                    method.invoke(parameters, list);
                } else {
                    continue;
                }
                return;
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(file + ": cannot set '" + name + "' to " + value, e);
            }
        }
        throw new IllegalArgumentException(file + ": '" + name + "' is not an option of openapi-style-validator");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class) type, text);
    }

    /** Lints a document file; returns one line per style error, empty when clean. */
    public List<String> lint(Path document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(document.toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            return List.of("document cannot be parsed: " + result.getMessages());
        }
        List<StyleError> errors = new OpenApiSpecStyleValidator(SwAdapter.toOpenAPI(result.getOpenAPI())).validate(parameters);
        List<String> lines = new ArrayList<>();
        for (StyleError error : errors) {
            lines.add(error.toString());
        }
        return lines;
    }
}
