package tw.uplift.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogued type has a JSON Schema that is valid draft 2020-12 and agrees with its record. */
class SchemaResourcesTest {

    static Stream<EventCatalog.Entry> entries() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void schemaExistsAndIsValidDraft202012(EventCatalog.Entry entry) {
        assertThat(SchemaResourcesTest.class.getResource(entry.schemaResource()))
                .as("schema resource %s", entry.schemaResource()).isNotNull();
        JsonNode schema = Schemas.tree(entry.schemaResource());

        assertThat(Schemas.metaSchema().validate(schema)).as("meta-schema violations").isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).endsWith("/" + entry.type() + ".json");
        assertThat(schema.path("title").asText()).isEqualTo(entry.name());
        assertThat(schema.path("description").asText())
                .as("description names the Chinese term").containsPattern("\\p{IsHan}")
                .contains(entry.type());
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").asBoolean(false))
                .as("consumers must tolerate added optional fields").isTrue();
        // loading it for validation must work too (refs to $defs resolve)
        assertThat(Schemas.forType(entry)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void schemaPropertiesMatchTheRecord(EventCatalog.Entry entry) {
        JsonNode schema = Schemas.tree(entry.schemaResource());
        assertObjectMatchesRecord(entry.type(), schema, schema, entry.payloadClass());
    }

    @Test
    void theMetaSchemaCheckIsNotVacuous() {
        JsonNode broken = Schemas.json("{\"type\": \"objekt\", \"required\": \"planId\"}");
        assertThat(Schemas.metaSchema().validate(broken)).isNotEmpty();
    }

    @Test
    void everySchemaFileBelongsToACataloguedType() throws IOException, URISyntaxException {
        URL dir = SchemaResourcesTest.class.getResource("/schemas");
        assertThat(dir).isNotNull();
        Set<String> files = new HashSet<>();
        try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
            list.forEach(p -> files.add("/schemas/" + p.getFileName()));
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(
                EventCatalog.all().stream().map(EventCatalog.Entry::schemaResource).toList());
    }

    /**
     * The schema object lists exactly the record's components; a primitive or documented-non-null
     * component is required, an optional one admits null; enums list exactly the Java constants;
     * nested records (in $defs) are checked the same way.
     */
    private static void assertObjectMatchesRecord(String where, JsonNode root, JsonNode object, Class<?> record) {
        assertThat(record.isRecord()).as("%s is a record", record).isTrue();
        List<String> components = Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
        List<String> properties = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as("%s: schema properties vs %s components", where, record.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(components);

        Set<String> required = new HashSet<>();
        object.path("required").forEach(n -> required.add(n.asText()));
        assertThat(components).as("%s: required fields are components", where).containsAll(required);

        for (var component : record.getRecordComponents()) {
            String name = component.getName();
            JsonNode property = object.path("properties").path(name);
            Class<?> type = component.getType();
            boolean nullable = allows(property, "null");
            String at = where + "." + name;
            if (type.isPrimitive()) {
                assertThat(required).as("%s is primitive, so required", at).contains(name);
            }
            assertThat(required.contains(name)).as("%s: required xor nullable", at).isNotEqualTo(nullable);

            if (type == String.class) {
                assertThat(allows(property, "string")).as(at).isTrue();
            } else if (type == int.class || type == long.class || type == Integer.class) {
                assertThat(allows(property, "integer")).as(at).isTrue();
            } else if (type == boolean.class) {
                assertThat(allows(property, "boolean")).as(at).isTrue();
            } else if (type == double.class) {
                assertThat(allows(property, "number")).as(at).isTrue();
            } else if (type == Instant.class) {
                assertThat(property.path("format").asText()).as(at).isEqualTo("date-time");
            } else if (type == LocalDate.class) {
                assertThat(property.path("format").asText()).as(at).isEqualTo("date");
            } else if (type.isEnum()) {
                List<String> values = new ArrayList<>();
                // an optional enum lists JSON null beside the constants (null is then a valid value)
                property.path("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v.asText());
                    }
                });
                boolean listsNull = false;
                for (JsonNode v : property.path("enum")) {
                    listsNull |= v.isNull();
                }
                assertThat(listsNull).as("%s: an optional enum admits null in its enum too", at).isEqualTo(nullable);
                assertThat(values).as("%s enum", at).containsExactly(
                        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new));
            } else if (type == List.class) {
                assertThat(allows(property, "array")).as(at).isTrue();
                var element = (Class<?>) ((java.lang.reflect.ParameterizedType) component.getGenericType())
                        .getActualTypeArguments()[0];
                JsonNode items = property.path("items");
                if (element == String.class) {
                    assertThat(items.path("type").asText()).as(at).isEqualTo("string");
                } else {
                    assertThat(element.isRecord()).as("%s: a list of strings or of records", at).isTrue();
                    assertRefToRecord(at + "[]", root, items.path("$ref").asText(), element);
                }
            } else if (type.isRecord()) {
                // a nested record: a $ref to its $defs entry, beside {"type": "null"} in an anyOf when optional
                JsonNode ref = property.has("$ref") ? property.path("$ref") : refIn(property.path("anyOf"));
                assertThat(ref).as("%s: a $ref to the record's definition", at).isNotNull();
                assertRefToRecord(at, root, ref.asText(), type);
            } else {
                throw new AssertionError(at + ": no rule for component type " + type);
            }
        }
    }

    private static void assertRefToRecord(String at, JsonNode root, String ref, Class<?> record) {
        assertThat(ref).as(at).isEqualTo("#/$defs/" + record.getSimpleName());
        JsonNode definition = root.path("$defs").path(record.getSimpleName());
        assertThat(definition.path("type").asText()).as("%s: its definition is an object", at).isEqualTo("object");
        assertThat(definition.path("additionalProperties").asBoolean(false)).as(at).isTrue();
        assertObjectMatchesRecord(at, root, definition, record);
    }

    private static JsonNode refIn(JsonNode anyOf) {
        for (JsonNode alternative : anyOf) {
            if (alternative.has("$ref")) {
                return alternative.path("$ref");
            }
        }
        return null;
    }

    /** Whether a property admits a JSON type, by its {@code type} or one of its {@code anyOf} alternatives. */
    private static boolean allows(JsonNode property, String jsonType) {
        for (JsonNode alternative : property.path("anyOf")) {
            if (allows(alternative, jsonType)) {
                return true;
            }
        }
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals(jsonType)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals(jsonType);
    }
}
