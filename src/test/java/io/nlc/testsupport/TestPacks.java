package io.nlc.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Content packs built from the small test framework ({@code test-content/v2}), for the content pack tests: its files
 * by path, with the version renumbered, edited as a test needs, and zipped.
 */
public final class TestPacks {

    private TestPacks() {}

    /** The files of test-content/v2 as a version folder: framework.yaml first, then the themes by name. */
    public static Map<String, String> files(int version) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> themes = new TreeMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:test-content/v2/**/*.yaml")) {
                String path = resource.getURI().toString();
                String relative = path.substring(path.indexOf("test-content/v2/") + "test-content/v2/".length());
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                if (relative.equals("framework.yaml")) {
                    files.put(relative, text.replace("version: 2", "version: " + version));
                } else {
                    themes.put(relative, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.putAll(themes);
        return files;
    }

    /** A good pack of the test framework with that version number, files at the root. */
    public static byte[] good(int version) {
        return zip(files(version));
    }

    /** The test framework with that version, edited, then zipped. */
    public static byte[] edited(int version, Consumer<Map<String, String>> edit) {
        Map<String, String> files = files(version);
        edit.accept(files);
        return zip(files);
    }

    public static byte[] zip(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    public static byte[] zipBytes(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
