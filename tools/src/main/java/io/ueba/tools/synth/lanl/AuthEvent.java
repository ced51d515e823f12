package io.ueba.tools.synth.lanl;

/**
 * One line of LANL's auth.txt:
 * {@code time,src_user@domain,dst_user@domain,src_computer,dst_computer,auth_type,logon_type,auth_orientation,success_or_failure}.
 *
 * @param time seconds on the LANL clock, from 1
 */
public record AuthEvent(
    long time,
    String sourceUser,
    String destinationUser,
    String source,
    String destination,
    String authType,
    String logonType,
    String orientation,
    boolean success
) {

    public boolean logOn() {
        return AuthLog.LOG_ON.equals(orientation);
    }

    public String line() {
        return time + "," + sourceUser + "," + destinationUser + "," + source + "," + destination + "," + authType + "," + logonType + ","
            + orientation + "," + (success ? "Success" : "Fail");
    }
}
