package io.ueba.tools.synth.lanl;

/** One line of LANL's redteam.txt, {@code time,user@domain,src_computer,dst_computer}: a red-team logon in auth.txt. */
public record RedTeamLogin(long time, String account, String source, String destination) {

    public String line() {
        return time + "," + account + "," + source + "," + destination;
    }
}
