package io.ueba.ml.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Writes a profile built by {@link EntityProfileBuilder} to a stream and reads it back, for the model store. */
public final class EntityProfileCodec {

    private EntityProfileCodec() {}

    public static void write(EntityProfile profile, DataOutput out) throws IOException {
        if (profile instanceof EntityProfileBuilder.InMemoryProfile memory) {
            out.writeUTF(memory.version());
            writeSets(memory.sourcesByUser(), out);
            writeSets(memory.destinationsBySource(), out);
            out.writeInt(memory.usualHoursByUser().size());
            for (Map.Entry<String, boolean[]> entry : memory.usualHoursByUser().entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(hourMask(entry.getValue()));
            }
            writeSets(memory.countriesByUser(), out);
        } else {
            throw new IllegalArgumentException("only profiles built by EntityProfileBuilder can be written, got " + profile.getClass());
        }
    }

    public static EntityProfile read(DataInput in) throws IOException {
        String version = in.readUTF();
        Map<String, Set<String>> sourcesByUser = readSets(in);
        Map<String, Set<String>> destinationsBySource = readSets(in);
        int users = nonNegative(in.readInt());
        Map<String, boolean[]> usualHours = new HashMap<>();
        for (int i = 0; i < users; i++) {
            usualHours.put(in.readUTF(), hours(in.readInt()));
        }
        Map<String, Set<String>> countriesByUser = readSets(in);
        return new EntityProfileBuilder.InMemoryProfile(version, Map.copyOf(sourcesByUser), Map.copyOf(destinationsBySource), Map.copyOf(usualHours),
            Map.copyOf(countriesByUser));
    }

    private static void writeSets(Map<String, Set<String>> sets, DataOutput out) throws IOException {
        out.writeInt(sets.size());
        for (Map.Entry<String, Set<String>> entry : sets.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue().size());
            for (String value : entry.getValue()) {
                out.writeUTF(value);
            }
        }
    }

    private static Map<String, Set<String>> readSets(DataInput in) throws IOException {
        int keys = nonNegative(in.readInt());
        Map<String, Set<String>> sets = new HashMap<>();
        for (int k = 0; k < keys; k++) {
            String key = in.readUTF();
            int size = nonNegative(in.readInt());
            Set<String> values = new HashSet<>();
            for (int v = 0; v < size; v++) {
                values.add(in.readUTF());
            }
            sets.put(key, Set.copyOf(values));
        }
        return sets;
    }

    private static int hourMask(boolean[] hours) {
        int mask = 0;
        for (int hour = 0; hour < hours.length; hour++) {
            if (hours[hour]) {
                mask |= 1 << hour;
            }
        }
        return mask;
    }

    private static boolean[] hours(int mask) {
        boolean[] hours = new boolean[24];
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = (mask & (1 << hour)) != 0;
        }
        return hours;
    }

    /** A negative count can only come from a corrupt stream. */
    private static int nonNegative(int count) throws IOException {
        if (count < 0) {
            throw new IOException("corrupt profile: negative count " + count);
        }
        return count;
    }
}
