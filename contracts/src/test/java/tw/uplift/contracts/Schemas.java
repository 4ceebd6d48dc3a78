package tw.uplift.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Test helper around networknt json-schema-validator (1.5.x works on Jackson 2 trees; the services'
 * Jackson 3 output is parsed with Jackson 2 here, which is what a non-Java consumer would do too).
 */
final class Schemas {

    /** Jackson 2, only to hand trees to the validator. */
    static final ObjectMapper JACKSON2 = new ObjectMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** Formats (date, date-time, uri) are asserted, not just annotated: the contract depends on them. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private Schemas() {
    }

    static JsonNode tree(String resource) {
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return JACKSON2.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String json) {
        try {
            return JACKSON2.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of one catalogued type, loaded from the classpath. */
    static JsonSchema forType(EventCatalog.Entry entry) {
        return FACTORY.getSchema(SchemaLocation.of("classpath:" + entry.schemaResource().substring(1)), CONFIG);
    }

    /** The draft 2020-12 meta-schema (bundled with the validator, no network). */
    static JsonSchema metaSchema() {
        return FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG);
    }

    static Set<ValidationMessage> validate(EventCatalog.Entry entry, String json) {
        return forType(entry).validate(json(json));
    }
}
