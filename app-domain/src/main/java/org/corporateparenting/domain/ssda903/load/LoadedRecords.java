package org.corporateparenting.domain.ssda903.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The records a load made or changed, in the order it stored them: each record's type (the entity's name), identifier,
 * version after the load (and before it) and, for a change, the fields' old and new values ("field: old -> new; ...", as the audit
 * trail writes them; empty for a record made). Packed as gzip so that a load of 100,000 children's ten years (about
 * two million records) is one value of a few megabytes.
 */
public final class LoadedRecords {

    /**
     * One record: its type, identifier, version after the load, version before it ({@code before}; -1 for a record made)
     * and (for a change) what changed.
     */
    public record Entry(String type, long id, int version, int before, String changes) {
    }

    private final List<Entry> entries;

    public LoadedRecords(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    byte[] packed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(entries.size());
            long previous = 0;
            for (Entry e : entries) {
                out.writeUTF(e.type());
                out.writeLong(e.id() - previous);
                previous = e.id();
                out.writeInt(e.version());
                out.writeInt(e.before());
                byte[] changes = e.changes().getBytes(StandardCharsets.UTF_8);
                out.writeInt(changes.length);
                out.write(changes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static LoadedRecords unpack(byte[] packed) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(packed)))) {
            int size = in.readInt();
            List<Entry> entries = new ArrayList<>(size);
            long previous = 0;
            for (int i = 0; i < size; i++) {
                String type = in.readUTF();
                long id = previous + in.readLong();
                previous = id;
                int version = in.readInt();
                int before = in.readInt();
                byte[] changes = in.readNBytes(in.readInt());
                entries.add(new Entry(type, id, version, before, new String(changes, StandardCharsets.UTF_8)));
            }
            return new LoadedRecords(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
