package io.ueba.plugin.ingest;

/** A document lacks a field the processor needs; with {@code ignore_missing} the document passes on untouched. */
final class MissingLoginFieldException extends IllegalArgumentException {

    MissingLoginFieldException(String field) {
        super("[" + field + "] is missing; it is needed to featurize a login");
    }
}
