"""The engines Splink runs on: DuckDB in process, or Spark when one machine is not enough."""

import tempfile
from typing import Any

from tugan.core.linking.name_columns import Columns
from tugan.core.linking.rows import LinkError


def make_database_api(engine: str, spark_master: str = "local[*]") -> Any:
    """Return Splink's database API for the engine: DuckDB in process, or a local Spark."""
    if engine == "duckdb":
        from splink import DuckDBAPI

        return DuckDBAPI()
    if engine == "spark":
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            raise LinkError(
                "the Spark engine needs pyspark (pip install 'tugan[spark]') and Java 17"
            ) from None
        from splink import SparkAPI
        from splink.backends.spark import similarity_jar_location

        spark = (
            SparkSession.builder.appName("tugan-link")
            .master(spark_master)
            # Splink's string similarity functions (Jaro-Winkler, Damerau-Levenshtein) ship in
            # its own jar; nothing is downloaded.
            .config("spark.jars", similarity_jar_location())
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate()
        )
        spark.sparkContext.setCheckpointDir(tempfile.mkdtemp(prefix="tugan-spark-"))
        return SparkAPI(spark_session=spark, break_lineage_method="parquet")  # type: ignore[no-untyped-call]
    raise LinkError(f"unknown engine {engine!r} (use duckdb or spark)")


def to_backend_table(db_api: Any, columns: Columns) -> Any:
    """Return the columns as a table the engine takes (Arrow for DuckDB, a DataFrame for Spark)."""
    import pyarrow as pa

    table = pa.table(columns)
    if type(db_api).__name__ == "SparkAPI":
        return db_api.spark.createDataFrame(table)
    return table
