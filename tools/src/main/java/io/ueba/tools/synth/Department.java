package io.ueba.tools.synth;

/** What a user works on, which decides the servers they use. IT staff are the admins. */
public enum Department {
    FINANCE(0.12),
    ENGINEERING(0.34),
    SALES(0.20),
    HR(0.06),
    OPERATIONS(0.18),
    IT(0.10);

    private final double share;

    Department(double share) {
        this.share = share;
    }

    /** Share of the workforce in this department. */
    double share() {
        return share;
    }
}
