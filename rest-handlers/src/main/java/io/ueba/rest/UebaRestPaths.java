package io.ueba.rest;

/** The URL space of the plugin. */
public final class UebaRestPaths {

    public static final String BASE = "/_plugins/_ueba";
    public static final String SETUP = BASE + "/_setup";
    public static final String TRAIN = BASE + "/_train";
    public static final String MODELS = BASE + "/models";
    public static final String JOBS = BASE + "/jobs";
    public static final String RESCORE = BASE + "/_rescore";
    public static final String GRAPH = BASE + "/graph";
    public static final String ENTITIES = BASE + "/entities";

    private UebaRestPaths() {}
}
