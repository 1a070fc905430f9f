package io.nlc.content;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

/**
 * The files of an unpacked content pack, held in memory, as the {@link Resource} folder {@link FrameworkReader}
 * reads: nothing of an upload ever touches the disk. {@code path} is relative to the version folder ("" for the
 * folder itself).
 */
final class PackFolder extends AbstractResource {

    private final String name;
    private final Map<String, byte[]> files;
    private final String path;

    PackFolder(String name, Map<String, byte[]> files) {
        this(name, Map.copyOf(files), "");
    }

    private PackFolder(String name, Map<String, byte[]> files, String path) {
        this.name = name;
        this.files = files;
        this.path = path;
    }

    @Override
    public Resource createRelative(String relativePath) {
        String base = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        String resolved = (base + relativePath).replace("/./", "/");
        while (resolved.startsWith("./")) {
            resolved = resolved.substring(2);
        }
        return new PackFolder(name, files, resolved);
    }

    @Override
    public boolean exists() {
        return files.containsKey(path);
    }

    @Override
    public String getFilename() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public InputStream getInputStream() throws FileNotFoundException {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new FileNotFoundException(path + " is not in " + name);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String getDescription() {
        return path.isEmpty() ? name : name + "/" + path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackFolder that
                && that.name.equals(name)
                && that.path.equals(path)
                && that.files == files;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + path.hashCode();
    }
}
