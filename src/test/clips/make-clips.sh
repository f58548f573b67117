#!/usr/bin/env bash
# Makes the tiny test clips in src/test/resources/clips (committed: tests and CI never need ffmpeg).
#
#   src/test/clips/make-clips.sh          # from the repository's top folder; needs ffmpeg with libx264
#                                         # (Debian 12: apt-get install --no-install-recommends ffmpeg)
#
# The layout is the clip library's folder form, PROMPT/PRODUCT.mp4 (issue 19): two prompts, three
# products named by the built-in dataset's product ids. Each clip is 160x90, 24 fps, 2 s (48 frames),
# H.264 (libx264, yuv420p), no audio: a solid colour of its own per product, with a small moving
# test pattern, so a test can tell the clips apart and see them move. A few KB each.
# Also:
#   big/720p.mp4         1280x720, 24 fps, 2 s, kept small (< 60 KB) for playback at full size;
#   bad/truncated.mp4    the first half of a good clip (its moov box, written last, is cut off);
#   bad/not-a-video.mp4  a text file with a video's name.
# The output is bit-exact (no encoder version, one thread), so running the script again leaves git
# with nothing to commit.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=src/test/resources/clips
rm -rf "$out"
mkdir -p "$out"

# clip FILE SIZE COLOUR PATTERN_SIZE
clip() {
  local file=$1 size=$2 colour=$3 pattern=$4
  mkdir -p "$(dirname "$file")"
  ffmpeg -nostdin -loglevel error -y \
    -f lavfi -i "color=c=${colour}:s=${size}:r=24:d=2" \
    -f lavfi -i "testsrc=s=${pattern}:r=24:d=2" \
    -filter_complex "[0:v][1:v]overlay=x='mod(t*40,W-w)':y='(H-h)/2':shortest=1,format=yuv420p" \
    -c:v libx264 -preset veryslow -crf 30 -threads 1 -g 48 -pix_fmt yuv420p \
    -an -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
    "$file"
}

# Product colours: Kling 1.6 red, Veo 2 blue, Sora green (far apart, so a snapshot can tell them apart).
for prompt in p1-city-at-night p2-red-sneaker-on-table; do
  clip "$out/library/$prompt/kling-1.6.mp4" 160x90 0xd03020 32x24
  clip "$out/library/$prompt/veo-2.mp4" 160x90 0x2050d0 32x24
  clip "$out/library/$prompt/sora.mp4" 160x90 0x20a040 32x24
done

clip "$out/big/720p.mp4" 1280x720 0x2050d0 160x120
size=$(stat -c %s "$out/big/720p.mp4")
if [ "$size" -gt 61440 ]; then
  echo "make-clips.sh: big/720p.mp4 is $size bytes, over 60 KB; left out" >&2
  rm -r "$out/big"
fi

mkdir -p "$out/bad"
good="$out/library/p1-city-at-night/veo-2.mp4"
head -c $(( $(stat -c %s "$good") / 2 )) "$good" > "$out/bad/truncated.mp4"
printf 'This is a text file, not a video.\n' > "$out/bad/not-a-video.mp4"

find "$out" -type f -printf '%9s  %p\n' | sort -k2
