package io.ueba.tools.synth;

/** A machine that logins come from or go to: a workstation, a server, a gateway. */
public record Host(String name, String ip) {}
