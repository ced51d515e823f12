package io.ueba.ml.login;

/** A dotted path into a document, split once rather than on every read. */
public record FieldPath(String path, String[] parts) {

    public static FieldPath of(String path) {
        return new FieldPath(path, path.split("\\."));
    }

    @Override
    public String toString() {
        return path;
    }
}
