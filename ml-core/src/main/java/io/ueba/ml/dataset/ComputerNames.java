package io.ueba.ml.dataset;

/**
 * One name for one computer across a domain's logs: Windows events name a machine {@code WS-0233} in one field and
 * {@code WS-0233.corp.example} in another, Kerberos service principals by their DNS name, NTLM by either. The first
 * label of a DNS name is the computer's name; an IP address stays as it is.
 */
final class ComputerNames {

    private ComputerNames() {}

    /** The computer's short name; null for null. */
    static String shortName(String name) {
        if (name == null || name.indexOf(':') >= 0 || name.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return name;
        }
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
