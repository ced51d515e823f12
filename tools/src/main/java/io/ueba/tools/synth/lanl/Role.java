package io.ueba.tools.synth.lanl;

/** What a computer is for, which decides who logs in to it and how. */
enum Role {
    DOMAIN_CONTROLLER(true),
    FILE_SERVER(true),
    APP_SERVER(true),
    DB_SERVER(true),
    MAIL_SERVER(true),
    PRINT_SERVER(true),
    WEB_SERVER(true),
    /** An old application server that accepts NTLM only. */
    LEGACY_SERVER(true),
    BACKUP_SERVER(true),
    /** Software deployment and inventory: logs in to every client machine. */
    MANAGEMENT_SERVER(true),
    MONITORING_SERVER(true),
    /** Where server admins hop from. */
    JUMP_SERVER(true),
    /** Remote desktops for roaming people. */
    TERMINAL_SERVER(true),
    ADMIN_WORKSTATION(false),
    /** A person's own desktop or laptop. */
    DESKTOP(false),
    /** A desk anyone of a floor may sit at. */
    HOT_DESK(false),
    /** A department's shared or lab machine. */
    LAB(false),
    /** A machine nobody sits at (an instrument, a kiosk, a build agent): only its own account logs on. */
    DEVICE(false);

    private final boolean server;

    Role(boolean server) {
        this.server = server;
    }

    boolean server() {
        return server;
    }
}
