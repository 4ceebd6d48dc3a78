package tw.uplift.planimport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tw.uplift.planimport.PlanImportException;
import tw.uplift.planimport.PlanImporter;
import tw.uplift.planimport.json.PlanJson;
import tw.uplift.planimport.model.ImportedPlan;

/**
 * {@code java -jar plan-import-cli.jar FILE} (what {@code ./uplift preview FILE} runs): prints the parsed plan as
 * pretty UTF-8 JSON on stdout. Exit codes: 0 parsed, 1 the file could not be imported (reason on stderr),
 * 2 wrong usage.
 */
public final class PreviewCommand {

    static final int OK = 0;
    static final int IMPORT_FAILED = 1;
    static final int USAGE = 2;

    private PreviewCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** The command without {@code System.exit}, for tests and embedding. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].equals("-h") || args[0].equals("--help")) {
            err.println("usage: uplift preview FILE   (FILE: .txt, .md, .html or .docx plan document)");
            return USAGE;
        }
        Path file = Path.of(args[0]);
        String name = file.getFileName() == null ? args[0] : file.getFileName().toString();
        PlanImporter importer = new PlanImporter();
        try {
            if (Files.isDirectory(file)) {
                err.println("plan import failed [READ_FAILED] " + args[0] + ": is a directory, not a file");
                return IMPORT_FAILED;
            }
            ImportedPlan plan;
            try (InputStream in = Files.newInputStream(file)) {
                plan = importer.parse(name, in);
            }
            out.println(PlanJson.render(plan));
            out.flush();
            return OK;
        } catch (PlanImportException e) {
            err.println(e.describe(args[0]));
            return IMPORT_FAILED;
        } catch (NoSuchFileException e) {
            err.println("plan import failed [READ_FAILED] " + args[0] + ": no such file");
            return IMPORT_FAILED;
        } catch (IOException e) {
            err.println("plan import failed [READ_FAILED] " + args[0] + ": " + e.getMessage());
            return IMPORT_FAILED;
        }
    }
}
