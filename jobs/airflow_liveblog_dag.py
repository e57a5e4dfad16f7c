"""Airflow DAG example for liveblog-analytics: a daily incremental run and date backfills, via SparkSubmitOperator.

Copy into the DAGs folder and edit the paths, the connection and the schedule. Needs the
apache-airflow-providers-apache-spark package and a Spark connection ("spark_default") whose master is the cluster
(yarn, k8s://..., spark://...). The job jar is built with `mvn -DskipTests package`.

- The daily task reads only input files that no successful run has read (--incremental) and republishes the dates
  they touch; a failed run publishes nothing and is retried by Airflow.
- Backfills rebuild chosen dates from all the input (e.g. after a configuration change or a late correction of old
  files): trigger `liveblog_backfill` with {"from": "2024-03-01", "to": "2024-03-31"}. Other dates stay as they are.
- Runs on one warehouse are serialised by its lock; max_active_runs=1 keeps Airflow from queueing them against it.
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

default_args = {"retries": 2, "retry_delay": timedelta(minutes=15)}

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
                          "--lock-wait-seconds", "600", "--run-id", "{{ ts_nodash }}-daily"],
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
                          "--lock-wait-seconds", "600", "--run-id", "{{ ts_nodash }}-backfill"],
    )
