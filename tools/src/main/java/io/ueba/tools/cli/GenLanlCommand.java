package io.ueba.tools.cli;

import io.ueba.tools.synth.lanl.LanlConfig;
import io.ueba.tools.synth.lanl.LanlDataset;
import io.ueba.tools.synth.lanl.LanlGenerator;

import java.io.IOException;
import java.nio.file.Path;

/** {@code gen-lanl}: writes a synthetic enterprise's logins, with a red team moving laterally, in LANL's formats. */
final class GenLanlCommand {

    static final String USAGE = """
        gen-lanl --out DIR [--seed 42] [--users 900] [--computers 1600] [--days 21]
          writes DIR/auth.txt and DIR/redteam.txt in LANL's formats (for 'load --format lanl' and 'eval --format lanl'): people at
          their desktops, roaming and at hot desks, a help desk and server admins, service and machine accounts, new machines, and a
          red team moving laterally with its victims' own and stolen credentials in the last third of the days""";

    private GenLanlCommand() {}

    static void run(CommandLine args) throws IOException {
        Path out = Path.of(args.required("out"));
        LanlConfig defaults = LanlConfig.defaults();
        long seed = args.integer("seed", (int) defaults.seed(), 0);
        int users = args.integer("users", defaults.users(), LanlConfig.MIN_USERS, LanlConfig.MAX_USERS);
        int computers = args.integer("computers", defaults.computers(), 1);
        int days = args.integer("days", defaults.days(), LanlConfig.MIN_DAYS, LanlConfig.MAX_DAYS);
        args.rejectUnknown();
        LanlConfig config = new LanlConfig(seed, users, computers, days);
        long started = System.nanoTime();
        LanlDataset data = new LanlGenerator(config).generate();
        data.write(out);
        System.out.printf("wrote %s and %s in %.1f s: %s%n", out.resolve(LanlDataset.AUTH_FILE), out.resolve(LanlDataset.RED_TEAM_FILE),
            (System.nanoTime() - started) / 1e9, data.summary());
    }
}
