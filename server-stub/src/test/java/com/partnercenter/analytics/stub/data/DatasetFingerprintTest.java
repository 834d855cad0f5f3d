package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the generated data byte for byte: a SHA-256 of every table (and of the partner) for a few seeds, sizes and
 * "today"s, so that a change to the generator's code that moves a single random draw, a value or a dictionary
 * entry fails here. The hashes were computed from the generator as it was before it was split by resource; when
 * the data is changed on purpose, recompute them (the failure message lists the new ones) and say why in the commit.
 *
 * <p>Every column is serialised, hidden ones included, in the table's order: its key, type, hidden flag, then for a
 * string column its dictionary in code order and the code of each row, for the others each row's value or null.
 */
class DatasetFingerprintTest {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    static DatasetSettings settings(String name) {
        return switch (name) {
            case "defaults-42" -> DatasetSettings.scaled(42, 1.0);
            case "small-7" -> new DatasetSettings(7, DatasetSettings.DEFAULT_AS_OF, 50, 600, 2_000, 6, 300, 200);
            case "leap-day-12345" -> new DatasetSettings(12_345, LocalDate.of(2024, 2, 29), 300, 2_500, 9_000, 17, 1_100, 700);
            case "empty-usage-3" -> new DatasetSettings(3, DatasetSettings.DEFAULT_AS_OF, 20, 300, 0, 3, 0, 0);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final Map<String, Map<String, String>> FINGERPRINTS = new ConcurrentHashMap<>();

    // AzureUsage re-pinned once when quantity became type: number (DEV-40): its column is now a double column, so
    // the type name and value tags hashed below changed; the values did not (hashed with quantity read back as the
    // old whole numbers, all four AzureUsage tables gave the previous hashes).
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "defaults-42|partner|36b3e8e102ecc49eabf3567ce6055b3631a573d2db84d125d184103c78d2dd83",
            "defaults-42|Subscription|9b57d559d4501de9ab70bb9bcefb3fb3a16a0c1dc2a520201988adf9cbe68cc1",
            "defaults-42|IndirectReseller|aeb630a194ee7d161cda3e06c26f3d9ee9002bc28c2abf95efe551160ac5c15a",
            "defaults-42|LicenseDeployment|93ac20ef46526133a3e66a438abbe59fbcdde01ca218f5e290afebf3cdb41450",
            "defaults-42|LicenseUsage|6bba2155340344ee09024db9c3916e3c4f3a207fffc392dd891b86c702991f1c",
            "defaults-42|Referral|1a98fbb2102613d25680d1ce235d6bc075c142e090e760a0219148a9b621e69d",
            "defaults-42|SearchAnalytics|cabbd15c5d0c1c4dfa1e790bf41f6afbb5ac09e6f060325906e5402c34d32aca",
            "defaults-42|AzureUsage|1aa3bd68e2baba1b0d1e062bfcd4418a0d918387cf541f6dd45e7367e5aef96d",
            "small-7|partner|c184fa3b9f0fe706d974570ba30f7d52eed7ffce7c0987be386995de3d2ead87",
            "small-7|Subscription|e4c734b85b73ce9962ee9bd98990f9e8e0a7f0c1ed45c78a7cf2c225340e169a",
            "small-7|IndirectReseller|0edda18fb214de7be7130d04fb1c4b4e4cfb762d2e44f011a49ba252463668f5",
            "small-7|LicenseDeployment|9543636e8e1ce672b0aadaeae3c87420de1adce2eb944057260fbd3f5bd549f7",
            "small-7|LicenseUsage|272e0c1196037c47ad0d8b9fcf28267a55c266eade25cc53c7300dd505f069c2",
            "small-7|Referral|57fb15601df6b715a75e2ae6717baba38510a75df33a89ec849808054a96c944",
            "small-7|SearchAnalytics|c4c7477511cd2f84c0a261b77018d49a4bbee62c91c574672d6e94b78cace59d",
            "small-7|AzureUsage|5b177f64ba7c2ee3bc13a3d95f9468a755d0bcfb43e8f436fc4d1aaa0e6bca05",
            "leap-day-12345|partner|66bef6753bbd183b52ea96bb40fe8eec42be2a50838b7e96b94a377ca3e66b72",
            "leap-day-12345|Subscription|517a2f6d5d88d54531876bc1f6447452f8e624faf386201ebf4d9a357a137dc8",
            "leap-day-12345|IndirectReseller|afa9c7829e6f2e677abdca8eee0dab518d8db4ed37acb023338caf8f84498dc0",
            "leap-day-12345|LicenseDeployment|7ad2f38a3035814e6903180eb4f1c3f9e35294bbba113de81ca28e675e5a4808",
            "leap-day-12345|LicenseUsage|953c974a698bd1f9b271c0772953360ec7cea97236a0b1dbcece58b6e13ae62a",
            "leap-day-12345|Referral|80e1c974f8b26203c9597119a79be7b93d29e04040c2cc4a2b57653d3e136f70",
            "leap-day-12345|SearchAnalytics|3c8c5c439a14ae0450a02e1147bd658c742d4db0fbb37aca7a7884335192662e",
            "leap-day-12345|AzureUsage|60a8111c5664c10bd118aec6513e3d0c4499d7b3c64623f33b6941e0e99f622c",
            "empty-usage-3|partner|c058542d6396b0b75be571ab08e0c4f6c3b1f31b074a124070477d8edf61b16e",
            "empty-usage-3|Subscription|402c05ee64e05a292ff307271f9405381b2d64f3ebbb0bf9025be0b0e96ae6c0",
            "empty-usage-3|IndirectReseller|60d5a94e9364120a5dbb5afdb354f8285397bb080b52a22cbd0f512e6a623bd7",
            "empty-usage-3|LicenseDeployment|fb2c77dbdb28e6c7f609d487d354849b1379d305664e3037c61f731f1556f1a2",
            "empty-usage-3|LicenseUsage|f50f1893967d5b1b7b21fde52156b1d77800cf30a9a0b65bfcd8282173d4f456",
            "empty-usage-3|Referral|a30328ab226a1492a1e30b0dd86964fb82ac953c3e03208d1e14d1f8686e827d",
            "empty-usage-3|SearchAnalytics|cffffaf3589cb75836c28511fae7fce274cf27ad9d40ade0d764e6ffcab503b0",
            "empty-usage-3|AzureUsage|33644b4de98704318d84404958a2d59da81820598476777d000c0424378f24f0",
    })
    void theGeneratedDataIsExactlyThePinnedData(String name, String table, String sha256) {
        Map<String, String> actual = FINGERPRINTS.computeIfAbsent(name,
                n -> fingerprints(new DatasetGenerator(SPEC, settings(n)).generate()));
        assertThat(actual.keySet()).as("the tables of %s, in order", name).containsExactly("partner", "Subscription",
                "IndirectReseller", "LicenseDeployment", "LicenseUsage", "Referral", "SearchAnalytics", "AzureUsage");
        assertThat(actual.get(table)).as("SHA-256 of %s in %s (all of them now: %s)", table, name, actual).isEqualTo(sha256);
    }

    /** Table name (and "partner") to the hex SHA-256 of its serialised content, in the dataset's order. */
    static Map<String, String> fingerprints(Dataset data) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("partner", sha256(w -> {
            Partner p = data.partner();
            w.writeUTF(p.tenantId());
            w.writeUTF(p.name());
            w.writeLong(p.mpnId());
            w.writeUTF(p.market());
        }));
        data.tables().forEach((name, table) -> out.put(name, sha256(w -> write(w, table))));
        return out;
    }

    private static void write(DataOutputStream w, Table table) throws IOException {
        w.writeUTF(table.name());
        w.writeInt(table.size());
        for (Column column : table.columns().values()) {
            w.writeUTF(column.name());
            w.writeUTF(column.property().type().name());
            w.writeBoolean(column.hidden());
            w.writeInt(column.size());
            if (column instanceof StringColumn s) {
                w.writeInt(s.dictionary().size());
                for (int code = 0; code < s.dictionary().size(); code++) {
                    w.writeUTF(s.dictionary().value(code));
                }
                for (int row = 0; row < s.size(); row++) {
                    w.writeInt(s.dictionary().code(s.string(row))); // the row's code; -1 for null
                }
            } else {
                for (int row = 0; row < column.size(); row++) {
                    Object v = column.value(row);
                    if (v == null) {
                        w.writeByte(0);
                    } else if (v instanceof Long l) {
                        w.writeByte(1);
                        w.writeLong(l);
                    } else if (v instanceof Double d) {
                        w.writeByte(2);
                        w.writeLong(Double.doubleToRawLongBits(d));
                    } else if (v instanceof Boolean b) {
                        w.writeByte(b ? 3 : 4);
                    } else {
                        throw new IllegalStateException("Unexpected value " + v.getClass() + " in " + table.name() + "." + column.name());
                    }
                }
            }
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static String sha256(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                writer.write(out);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
