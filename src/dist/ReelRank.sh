#!/bin/sh
# ReelRank's launcher (bin/ReelRank): starts the image's Java runtime on the application, with the
# options and class path of jpackage's launcher (bin/ReelRank-java and lib/app/ReelRank-java.cfg),
# which the build writes in below. Starting Java directly spares that launcher's search for the
# package it was installed from: it runs rpm and dpkg at every start, about 130 ms before the JVM.
#
# Java reads arguments and file names in the character set of the locale it starts in, and keeps it
# (-Dsun.jnu.encoding is ignored). Under the C or POSIX locale that is ASCII: a file such as
# 测试/项目.reelrank.json could not be opened, nor named. So where the locale's character set is not
# UTF-8, ReelRank runs with the character type of C.UTF-8; messages, dates and sorting keep the
# locale's. ReelRank writes its output as UTF-8 in any case.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *.UTF-8 | *.utf8 | *.UTF8 | *.utf-8) ;;
  *)
    if [ -n "${LC_ALL:-}" ]; then
      LC_ALL=C.UTF-8
      export LC_ALL
    else
      LC_CTYPE=C.UTF-8
      export LC_CTYPE
    fi
    ;;
esac
# glibc gives threads that allocate at once malloc arenas of their own, up to eight per core. GStreamer's
# threads come and go with every clip of a blind test; with two arenas the resident set started about
# 30 MB lower and grew about 10 MB less over 200 pairs (docs/benchmarks.md, "Media"). A value set
# outside wins.
: "${MALLOC_ARENA_MAX:=2}"
export MALLOC_ARENA_MAX
app="$(dirname "$(readlink -f "$0")")/../lib/app"
exec "$app/../runtime/bin/java" @JAVA@ "$@"
