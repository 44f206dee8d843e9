# Lines for .ci/run: install the library into the local Maven repository, then build and test the
# Spark example against it. Run from the repository root, after the library's own `mvn -B verify`.
# `verify` runs the local-mode tests (SparkJobTest, OptionsTest), builds target/spark-batch-job.jar,
# then StandaloneClusterIT: a master and two worker JVMs, the job submitted with SparkSubmit, once
# whole and once with a worker killed mid-job (docs/spark.md, "Tests"). Every process it starts is
# stopped by its id; the test is bounded to 6 minutes.
# Measured on the shared 2-core machine with Maven's repository filled, with other builds running:
# the example's verify 2:38 and 4:04 (cluster test 122 and 193 s; load average up to 4.5, then 5 to 8).
# A first run with an empty repository also downloads Spark 4.1.1 and its dependencies (300 MB).
mvn -B -ntp -DskipTests install
mvn -B -ntp -f examples/spark-batch/pom.xml verify
