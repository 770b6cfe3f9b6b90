using DuckDB.NET.Data;

namespace ImpactAnalytics.PeerBench;

/// <summary>
/// The work in DuckDB (in memory, SQL, its default threads): read_csv of the long-form gzip with enterprise numbers as
/// BIGINT, pivot to firm-years with FILTER aggregates, VA by va.gross-margin (full scheme 70+71+72+74−60−61 where
/// the scheme is full and any of those is reported, or where 9900 is missing; otherwise 9900−76A), FTE 1003 else
/// 9087, LP where FTE ≥ 1 (min_fte), class = the register's NACE-BEL code cut to its NACE Rev. 2 class, members
/// excluded from the population, median by quantile_cont (type 7), ΣVA/ΣFTE, member deltas against the median.
/// </summary>
internal static class DuckDbEngine
{
    public static PeerResult Run(string folder)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"""
            CREATE TABLE fy AS
            SELECT enterprise_number AS firm, year, min(scheme) AS scheme,
                max(value) FILTER (WHERE code = '70') AS c70, max(value) FILTER (WHERE code = '71') AS c71,
                max(value) FILTER (WHERE code = '72') AS c72, max(value) FILTER (WHERE code = '74') AS c74,
                max(value) FILTER (WHERE code = '60') AS c60, max(value) FILTER (WHERE code = '61') AS c61,
                max(value) FILTER (WHERE code = '9900') AS c9900, max(value) FILTER (WHERE code = '76A') AS c76a,
                max(value) FILTER (WHERE code = '1003') AS c1003, max(value) FILTER (WHERE code = '9087') AS c9087
            FROM read_csv('{Path.Combine(folder, "accounts.csv.gz")}', header = true, columns = {"{"}
                'enterprise_number': 'BIGINT', 'year': 'INTEGER', 'scheme': 'VARCHAR', 'code': 'VARCHAR', 'value': 'DOUBLE'{"}"})
            GROUP BY enterprise_number, year;
            CREATE TABLE reg AS
            SELECT enterprise_number AS firm, substr(replace(nace, '.', ''), 1, 4) AS class
            FROM read_csv('{Path.Combine(folder, "register.csv")}', header = true,
                columns = {"{"}'enterprise_number': 'BIGINT', 'name': 'VARCHAR', 'nace': 'VARCHAR', 'nace_version': 'VARCHAR', 'region': 'VARCHAR', 'founded': 'VARCHAR'{"}"});
            CREATE TABLE mem AS
            SELECT enterprise_number AS firm, start_year, end_year
            FROM read_csv('{Path.Combine(folder, "memberships.csv")}', header = true,
                columns = {"{"}'enterprise_number': 'BIGINT', 'cluster': 'VARCHAR', 'start_year': 'INTEGER', 'end_year': 'INTEGER'{"}"});
            CREATE TABLE m AS
            WITH v AS (
                SELECT firm, year,
                    CASE WHEN (c70 IS NOT NULL OR c71 IS NOT NULL OR c72 IS NOT NULL OR c74 IS NOT NULL OR c60 IS NOT NULL OR c61 IS NOT NULL)
                              AND (scheme = 'VOL' OR c9900 IS NULL)
                         THEN coalesce(c70, 0) + coalesce(c71, 0) + coalesce(c72, 0) + coalesce(c74, 0) - coalesce(c60, 0) - coalesce(c61, 0)
                         WHEN c9900 IS NOT NULL THEN c9900 - coalesce(c76a, 0) END AS va,
                    coalesce(c1003, c9087) AS fte
                FROM fy),
            members AS (
                SELECT DISTINCT v.firm, v.year FROM v JOIN mem ON v.firm = mem.firm
                WHERE v.year >= mem.start_year AND (mem.end_year IS NULL OR v.year <= mem.end_year))
            SELECT v.firm, v.year, reg.class, v.va, v.fte,
                CASE WHEN v.va IS NOT NULL AND v.fte > 0 AND v.fte >= 1.0 THEN v.va / v.fte END AS lp,
                members.firm IS NOT NULL AS member
            FROM v JOIN reg ON v.firm = reg.firm LEFT JOIN members ON v.firm = members.firm AND v.year = members.year;
            CREATE TABLE bench AS
            SELECT class, year, count(*) AS n, quantile_cont(lp, 0.5) AS median, sum(va) / sum(fte) AS ratio
            FROM m WHERE lp IS NOT NULL AND NOT member GROUP BY class, year;
            """);

        var cells = new List<PeerCell>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT class, year, n, median, ratio FROM bench";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cells.Add(new PeerCell(reader.GetString(0), reader.GetInt32(1), (int)reader.GetInt64(2), reader.GetDouble(3), reader.GetDouble(4)));
            }
        }

        var deltas = new List<PeerDelta>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT m.firm, m.year, b.median, m.lp - b.median
                FROM m JOIN bench b ON m.class = b.class AND m.year = b.year
                WHERE m.member AND m.lp IS NOT NULL
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                deltas.Add(new PeerDelta(reader.GetInt64(0), reader.GetInt32(1), reader.GetDouble(2), reader.GetDouble(3)));
            }
        }

        return new PeerResult(cells, deltas);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
