# Lines for .ci/run (issue 8): install the library into the local Maven repository, then build
# and test the Spark example against it. Run from the repository root, after the library's own
# `mvn -B verify` (which already built it: `install` then only packages and copies, tests skipped).
# Measured here on the shared 2-core machine with Maven's repository already filled: the install
# 20 s, the example's verify 1.5 to 2.5 minutes (1:27 to 2:26 wall clock over four runs; three
# Spark local-mode tests in one JVM, then the job jar). A first run with an empty repository also
# downloads Spark 4.1.1 and its dependencies (about 300 MB).
mvn -B -ntp -DskipTests install
mvn -B -ntp -f examples/spark-batch/pom.xml verify
