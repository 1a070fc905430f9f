package io.nlc.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a content pack: a zip of one framework version folder ({@code framework.yaml}, {@code themes/...},
 * {@code CHANGES.md}), with the files at the root of the zip or inside one top-level folder. The zip is checked
 * before anything in it is parsed, and unpacked in memory only: a size cap on the upload, on the number of entries
 * and on the unpacked size (counted while inflating, never trusted from the headers), a cap on the compression
 * ratio (zip bombs), no absolute or climbing paths, and only YAML and Markdown files. Then the version is read and
 * validated by {@link FrameworkReader}, exactly as the shipped content is. Any problem refuses the whole pack with a
 * {@link ContentValidationException} that lists what is wrong and where.
 */
public final class ContentPackReader {

    /** Version 2 zipped is about 100 KB; 5 MB leaves room for much larger frameworks. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    /** Version 2 has 11 files. */
    public static final int MAX_ENTRIES = 200;
    /** Version 2 unpacked is about 0.5 MB. */
    public static final int MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
    /** YAML text compresses about 5 to 10 times; a zip bomb, thousands of times. */
    public static final int MAX_RATIO = 100;

    private static final List<String> ALLOWED_ENDINGS = List.of(".yaml", ".yml", ".md");
    /** What archivers of macOS add beside the files; skipped rather than refused. */
    private static final String MAC_FORK = "__MACOSX/";

    private static final String MAC_FINDER = ".DS_Store";

    private ContentPackReader() {}

    /** Reads and validates the pack; throws with every problem found, never returns a half-read framework. */
    public static Framework read(String fileName, byte[] zip) {
        return FrameworkReader.read(new PackFolder(fileName, unpack(fileName, zip)));
    }

    /**
     * Reads and validates the pack as {@link #read} does, and gives as warnings the forms its texts use that the
     * glossary says to avoid.
     */
    public static CheckedFramework check(String fileName, byte[] zip, Glossary glossary) {
        return FrameworkReader.check(new PackFolder(fileName, unpack(fileName, zip)), glossary);
    }

    /** The files of the version folder, by path inside it; throws at the first unsafe thing in the zip. */
    static Map<String, byte[]> unpack(String fileName, byte[] zip) {
        if (zip.length > MAX_UPLOAD_BYTES) {
            throw refused(fileName, "content-packs.refused.too-large", mb(MAX_UPLOAD_BYTES));
        }
        if (zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K' && zip[2] == 5 && zip[3] == 6) {
            throw refused(fileName, "content-packs.refused.empty");
        }
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
            throw refused(fileName, "content-packs.refused.not-zip");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[8192];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused(fileName, "content-packs.refused.too-many-entries", String.valueOf(MAX_ENTRIES));
                }
                String name = entry.getName();
                if (!safe(name)) {
                    throw refused(name, "content-packs.refused.unsafe-path");
                }
                if (entry.isDirectory() || name.startsWith(MAC_FORK) || name.endsWith(MAC_FINDER)) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (ALLOWED_ENDINGS.stream().noneMatch(lower::endsWith)) {
                    throw refused(name, "content-packs.refused.file-type");
                }
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    unpacked += read;
                    // Checked while inflating: a bomb is stopped after at most one buffer past the limit.
                    if (unpacked > MAX_UNPACKED_BYTES || unpacked > (long) MAX_RATIO * zip.length) {
                        throw refused(
                                name, "content-packs.refused.bomb", mb(MAX_UNPACKED_BYTES), String.valueOf(MAX_RATIO));
                    }
                    file.write(buffer, 0, read);
                }
                if (files.put(name, file.toByteArray()) != null) {
                    throw refused(name, "content-packs.refused.duplicate");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException, a cut-off stream, or an entry name that is not valid UTF-8.
            throw refused(fileName, "content-packs.refused.damaged");
        }
        if (files.isEmpty()) {
            throw refused(fileName, "content-packs.refused.empty");
        }
        return versionFolder(fileName, files);
    }

    /** The files at the root, or inside the one top-level folder, when that is where framework.yaml is. */
    private static Map<String, byte[]> versionFolder(String fileName, Map<String, byte[]> files) {
        if (files.containsKey(FrameworkReader.FRAMEWORK_FILE)) {
            return files;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        String top = slash < 0 ? "" : first.substring(0, slash + 1);
        if (top.isEmpty()
                || !files.containsKey(top + FrameworkReader.FRAMEWORK_FILE)
                || !files.keySet().stream().allMatch(name -> name.startsWith(top))) {
            throw refused(fileName, "content-packs.refused.layout");
        }
        Map<String, byte[]> inside = new LinkedHashMap<>();
        files.forEach((name, bytes) -> inside.put(name.substring(top.length()), bytes));
        return inside;
    }

    /** A relative path of plain segments: no drive, no leading slash, no backslash, no "." or ".." segment. */
    private static boolean safe(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        String[] segments = (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String mb(int bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }

    private static ContentValidationException refused(String file, String key, String... arguments) {
        return new ContentValidationException(file, List.of(new ContentProblem(file, null, key, arguments)));
    }
}
