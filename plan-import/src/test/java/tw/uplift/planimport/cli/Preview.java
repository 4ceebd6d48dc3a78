package tw.uplift.planimport.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the preview command in-process and captures what it prints. */
public record Preview(int exitCode, String stdout, String stderr) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public static Preview run(Path file) {
        return run(file.toString());
    }

    public static Preview run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PreviewCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Preview(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public JsonNode json() {
        return MAPPER.readTree(stdout);
    }
}
