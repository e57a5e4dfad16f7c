"""Airflow DAG example for liveblog-analytics: a daily incremental run and date backfills, via SparkSubmitOperator.

Copy into the DAGs folder and edit the paths, the connection and the schedule. Needs the
apache-airflow-providers-apache-spark package and a Spark connection ("spark_default") whose master is the cluster
(yarn, k8s://..., spark://...). The job jar is built with `mvn -DskipTests package`.

- The daily task reads only input files that no successful run has read (--incremental) and republishes the dates
  they touch; a failed run publishes nothing and is retried by Airflow.
- Backfills rebuild chosen dates from all the input (e.g. after a configuration change or a late correction of old
  files): trigger `liveblog_backfill` with {"from": "2024-03-01", "to": "2024-03-31"}. Other dates stay as they are.
- One writer per warehouse: every task that writes it runs in the pool "liveblog_warehouse" of one slot, so the daily
  DAG and a backfill never run at once (max_active_runs=1 holds within one DAG only). Create the pool once:
      airflow pools set liveblog_warehouse 1 "one writer per liveblog warehouse"
  The warehouse's own lock serialises runs too, but on S3 creating it is not exclusive; the pool is.
- Each task passes Airflow's run id as the logical run id (--run-id). A retry is a new attempt of the same logical run
  and gets its own id (<id>.2, <id>.3, ...): it takes over the lock of an attempt that was killed (at once on the same
  machine, else once its lease expires, 2 minutes after its last renewal), records that attempt as failed and removes
  its staging; no attempt's row in `runs` is overwritten. A task Airflow stops with SIGTERM (client deploy mode: the
  driver is the spark-submit process) releases the lock itself.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JAR = "/opt/liveblog-analytics/target/liveblog-analytics-spark.jar"
MAIN = "org.liveblog.analytics.cli.LiveblogCli"
INPUT = "s3a://newsroom-data/liveblogs/"
WAREHOUSE = "s3a://newsroom-analytics/liveblog-warehouse"
# A task log is a file: the job's one line per stage there, not Spark's progress bar (hundreds of frames per stage).
CONF = {"spark.sql.session.timeZone": "UTC", "spark.ui.showConsoleProgress": "false"}
POOL = "liveblog_warehouse"
# Airflow run ids ("scheduled__2026-01-01T02:30:00+00:00") hold ':' and '+', which Hadoop paths do not take.
LOGICAL_RUN_ID = "{{ run_id | replace(':', '-') | replace('+', '_') }}"

default_args = {"retries": 2, "retry_delay": timedelta(minutes=15), "pool": POOL}

with DAG(
    dag_id="liveblog_daily",
    start_date=datetime(2026, 1, 1),
    schedule="30 2 * * *",
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["liveblog-analytics"],
) as daily:
    SparkSubmitOperator(
        task_id="incremental_run",
        application=JAR,
        java_class=MAIN,
        conn_id="spark_default",
        conf=CONF,
        application_args=["run", "--input", INPUT, "--warehouse", WAREHOUSE, "--incremental",
                          "--lock-wait-seconds", "600", "--run-id", LOGICAL_RUN_ID],
    )

with DAG(
    dag_id="liveblog_backfill",
    start_date=datetime(2026, 1, 1),
    schedule=None,
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    params={"from": "2024-01-01", "to": "2024-01-31"},
    tags=["liveblog-analytics"],
) as backfill:
    SparkSubmitOperator(
        task_id="backfill_dates",
        application=JAR,
        java_class=MAIN,
        conn_id="spark_default",
        conf=CONF,
        application_args=["run", "--input", INPUT, "--warehouse", WAREHOUSE,
                          "--from", "{{ params['from'] }}", "--to", "{{ params['to'] }}",
                          "--lock-wait-seconds", "600", "--run-id", LOGICAL_RUN_ID],
    )
