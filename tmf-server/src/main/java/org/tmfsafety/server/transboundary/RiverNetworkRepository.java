package org.tmfsafety.server.transboundary;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.tmfsafety.geo.river.RiverNetwork;

/**
 * Stores imported river networks: one row per network with its validation report, its reaches bulk-loaded
 * with COPY (coordinates as packed 32-bit floats) and read back streaming with a cursor.
 */
@Repository
class RiverNetworkRepository {

    /** Rows fetched per round trip when a network is read back. */
    private static final int FETCH_SIZE = 10_000;

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final DataSource dataSource;

    RiverNetworkRepository(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    /**
     * An imported network.
     *
     * @param id its id
     * @param name its name
     * @param format the file format
     * @param mode whether it replaced or extended the network before it
     * @param fileName the uploaded file's name
     * @param fileSha256 the file's SHA-256
     * @param toleranceKm the line-joining tolerance (line networks only)
     * @param reachCount its number of reaches
     * @param outletCount its number of outlets
     * @param report the validation report as JSON
     * @param active whether it is in use
     * @param scaleDenominator the map scale it is good for (E16e), or null when not stated
     * @param importedBy who imported it
     * @param importedAt when
     */
    record StoredNetwork(long id, String name, RiverImportFormat format, RiverImportMode mode, String fileName,
            String fileSha256, Double toleranceKm, int reachCount, int outletCount, String report, boolean active,
            Integer scaleDenominator, String importedBy, OffsetDateTime importedAt) {
    }

    Optional<StoredNetwork> active() {
        return jdbc.sql("SELECT * FROM river_network WHERE active").query(RiverNetworkRepository::map).optional();
    }

    /** All imports, newest first. */
    List<StoredNetwork> history() {
        return jdbc.sql("SELECT * FROM river_network ORDER BY imported_at DESC, id DESC LIMIT 50")
            .query(RiverNetworkRepository::map)
            .list();
    }

    private static StoredNetwork map(java.sql.ResultSet rs, int row) throws SQLException {
        return new StoredNetwork(rs.getLong("id"), rs.getString("name"), RiverImportFormat.valueOf(rs.getString("format")),
                RiverImportMode.valueOf(rs.getString("mode")), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getObject("tolerance_km", Double.class), rs.getInt("reach_count"), rs.getInt("outlet_count"),
                rs.getString("report"), rs.getBoolean("active"), rs.getObject("scale_denominator", Integer.class),
                rs.getString("imported_by"),
                rs.getObject("imported_at", OffsetDateTime.class));
    }

    /** Inserts the network's row and all its reaches (call inside a transaction). */
    long insert(StoredNetwork meta, RiverNetwork network) {
        long id = jdbc.sql("""
                INSERT INTO river_network (name, format, mode, file_name, file_sha256, tolerance_km, reach_count,
                                           outlet_count, report, imported_by, scale_denominator)
                VALUES (:name, :format, :mode, :fileName, :sha, :tolerance, :reaches, :outlets, CAST(:report AS jsonb),
                        :by, :scale)
                RETURNING id
                """)
            .param("name", meta.name())
            .param("format", meta.format().name())
            .param("mode", meta.mode().name())
            .param("fileName", meta.fileName())
            .param("sha", meta.fileSha256())
            .param("tolerance", meta.toleranceKm())
            .param("reaches", meta.reachCount())
            .param("outlets", meta.outletCount())
            .param("report", meta.report())
            .param("by", meta.importedBy())
            .param("scale", meta.scaleDenominator())
            .query(Long.class)
            .single();
        copyReaches(id, network);
        return id;
    }

    private void copyReaches(long networkId, RiverNetwork network) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY river_reach (network_id, reach_id, next_down, length_km, strahler, discharge_cms, name, coordinates)
                    FROM STDIN WITH (FORMAT csv)""");
            try {
                StringBuilder row = new StringBuilder(512);
                for (int reach = 0; reach < network.size(); reach++) {
                    row.setLength(0);
                    int downstream = network.downstream(reach);
                    double discharge = network.dischargeCubicMetresPerSecond(reach);
                    row.append(networkId).append(',').append(network.id(reach)).append(',')
                        .append(downstream == RiverNetwork.NONE ? 0 : network.id(downstream)).append(',')
                        .append(network.lengthKm(reach)).append(',').append(network.strahlerOrder(reach)).append(',')
                        .append(Double.isNaN(discharge) ? "" : Double.toString(discharge)).append(',');
                    String name = network.name(reach);
                    if (name != null) {
                        row.append('"').append(name.replace("\"", "\"\"")).append('"');
                    }
                    row.append(",\\x").append(HEX.formatHex(packed(network, reach))).append('\n');
                    byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
                copy.endCopy();
            }
            finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot store the river network: " + ex.getMessage(), ex);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static byte[] packed(RiverNetwork network, int reach) {
        ByteBuffer buffer = ByteBuffer.allocate(network.vertexCount(reach) * 8);
        for (int v = 0; v < network.vertexCount(reach); v++) {
            buffer.putFloat((float) network.longitude(reach, v)).putFloat((float) network.latitude(reach, v));
        }
        return buffer.array();
    }

    /** Reads a stored network's reaches into a builder, streaming (call inside a transaction for the cursor). */
    void load(long networkId, RiverNetwork.Builder builder) {
        template.query((Connection connection) -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT reach_id, next_down, length_km, strahler, discharge_cms, name, coordinates
                      FROM river_reach WHERE network_id = ? ORDER BY reach_id""");
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, networkId);
            return statement;
        }, rs -> {
            ByteBuffer packed = ByteBuffer.wrap(rs.getBytes("coordinates"));
            double[] lonLat = new double[packed.remaining() / 4];
            for (int i = 0; i < lonLat.length; i++) {
                lonLat[i] = packed.getFloat();
            }
            Float discharge = rs.getObject("discharge_cms", Float.class);
            builder.add(rs.getLong("reach_id"), rs.getLong("next_down"), rs.getDouble("length_km"), lonLat,
                    rs.getString("name"), rs.getInt("strahler"), discharge == null ? Double.NaN : discharge);
        });
    }

    /** Puts a network in use and drops the reaches of all others (their rows stay as the import history). */
    void activate(long networkId) {
        jdbc.sql("UPDATE river_network SET active = FALSE WHERE active AND id <> :id").param("id", networkId).update();
        jdbc.sql("UPDATE river_network SET active = TRUE WHERE id = :id").param("id", networkId).update();
        jdbc.sql("DELETE FROM river_reach WHERE network_id <> :id").param("id", networkId).update();
    }

    /** Goes back to the built-in network. */
    void deactivateAll() {
        jdbc.sql("UPDATE river_network SET active = FALSE WHERE active").update();
        jdbc.sql("DELETE FROM river_reach").update();
    }
}
