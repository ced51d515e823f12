package io.ueba.tools.synth;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Hands out unique account names in the usual initial-plus-surname style, with surnames common at the user's site. */
final class UserNames {

    private static final String INITIALS = "abcdefghijklmnoprstvwy";
    private static final Map<Country, List<String>> SURNAMES = Map.of(
        Country.US, List.of(
            "smith", "johnson", "williams", "brown", "jones", "miller", "davis", "garcia", "rodriguez", "wilson",
            "martinez", "anderson", "taylor", "thomas", "moore", "jackson", "lee", "thompson", "white", "harris",
            "clark", "lewis", "walker", "young", "allen", "wright", "scott", "baker", "nelson", "carter"
        ),
        Country.GB, List.of(
            "evans", "wood", "hughes", "roberts", "edwards", "hall", "green", "turner", "hill", "cooper",
            "ward", "morris", "king", "watson", "harrison", "morgan", "clarke", "bennett", "shaw", "price"
        ),
        Country.DE, List.of(
            "mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz", "hoffmann",
            "koch", "richter", "klein", "wolf", "schroeder", "neumann", "schwarz", "zimmermann", "braun", "krueger"
        ),
        Country.FR, List.of(
            "bernard", "dubois", "robert", "richard", "petit", "durand", "leroy", "moreau", "simon", "laurent",
            "lefebvre", "michel", "garnier", "david", "bertrand", "roux", "vincent", "fournier", "girard", "bonnet"
        ),
        Country.IN, List.of(
            "sharma", "verma", "gupta", "singh", "kumar", "patel", "reddy", "iyer", "nair", "rao",
            "mehta", "joshi", "desai", "shah", "menon", "pillai", "das", "bose", "chopra", "kapoor"
        )
    );

    private final Set<String> taken = new HashSet<>();

    String next(Country country, RandomGenerator rng) {
        String base = INITIALS.charAt(rng.nextInt(INITIALS.length())) + Draws.pick(rng, SURNAMES.get(country));
        String name = base;
        for (int suffix = 2; taken.add(name) == false; suffix++) {
            name = base + suffix;
        }
        return name;
    }
}
