package io.nlc.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;

/**
 * Command for content authors: checks framework version folders, and the glossary of a content folder, without
 * starting the app; a version's texts are also checked against the glossary beside its folder, whose avoided forms
 * are printed as warnings (they do not fail the check). Prints English.
 * {@code ./mvnw -q compile exec:java -Dexec.args="toolkit-content toolkit-content/v2"}
 */
public final class ValidateContent {

    private ValidateContent() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Usage: ValidateContent <version folder> [<version folder>...]");
            System.exit(2);
        }
        boolean ok = true;
        for (String arg : args) {
            Path folder = Path.of(arg).toAbsolutePath().normalize();
            if (!Files.isRegularFile(folder.resolve(FrameworkReader.FRAMEWORK_FILE))
                    && Files.isRegularFile(folder.resolve(FrameworkReader.GLOSSARY_FILE))) {
                try {
                    Glossary glossary = FrameworkReader.readGlossary(new FileSystemResource(folder.toString() + "/"));
                    System.out.printf(
                            "%s: the glossary is valid: %d terms%n",
                            arg, glossary.terms().size());
                } catch (ContentValidationException e) {
                    System.err.println(e.getMessage());
                    ok = false;
                }
                continue;
            }
            if (!Files.isRegularFile(folder.resolve(FrameworkReader.FRAMEWORK_FILE))) {
                System.err.println(arg + ": no " + FrameworkReader.FRAMEWORK_FILE + " or "
                        + FrameworkReader.GLOSSARY_FILE + " in this folder");
                ok = false;
                continue;
            }
            try {
                CheckedFramework checked =
                        FrameworkReader.check(new FileSystemResource(folder.toString() + "/"), glossaryBeside(folder));
                Framework framework = checked.framework();
                long items = framework.themes().stream()
                        .mapToLong(theme -> theme.items().size())
                        .sum();
                System.out.printf(
                        "%s: framework '%s' version %d is valid: %d themes, %d items, checksum %s%n",
                        arg,
                        framework.id(),
                        framework.version(),
                        framework.themes().size(),
                        items,
                        framework.checksum());
                checked.warnings().forEach(warning -> System.out.println("  warning: " + warning));
            } catch (ContentValidationException e) {
                System.err.println(e.getMessage());
                ok = false;
            }
        }
        System.exit(ok ? 0 : 1);
    }

    /** The glossary of the content folder that holds the version folder, if it has one. */
    private static Glossary glossaryBeside(Path versionFolder) {
        Path parent = versionFolder.getParent();
        if (parent == null || !Files.isRegularFile(parent.resolve(FrameworkReader.GLOSSARY_FILE))) {
            return new Glossary(List.of());
        }
        return FrameworkReader.readGlossary(new FileSystemResource(parent.toString() + "/"));
    }
}
