#!/usr/bin/env bash
# Regenerates the committed sample HLS ladder (samples/video/lao-sample; its rungs: sampleLadder in
# src/lib/video/ladder.ts, the one home of the ladder): 60 seconds (long enough to
# try resume), four variants 1080p/720p/480p/360p with the ladder's nominal bandwidths as caps,
# 2-second segments, AAC audio. A still background with a running clock keeps it small in git.
# Needs Debian's ffmpeg (apt-get install -y ffmpeg); the npm static builds crash on HLS ladders.
set -euo pipefail
out=${1:-samples/video/lao-sample}
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
duration=60
rm -rf "$out" && mkdir -p "$out"
label() { echo "drawtext=fontfile=$font:text='Lao Cinema sample $1':fontcolor=white:fontsize=h/14:x=(w-tw)/2:y=h*0.1,drawtext=fontfile=$font:text='%{pts\\:hms}':fontcolor=white:fontsize=h/8:x=(w-tw)/2:y=h*0.45"; }
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0x1d3557:size=1920x1080:rate=24:duration=$duration" \
  -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=$duration" \
  -filter_complex "[0:v]split=4[a][b][c][d];\
[a]$(label 1080p)[v0];\
[b]scale=1280:720,$(label 720p)[v1];\
[c]scale=854:480,$(label 480p)[v2];\
[d]scale=640:360,$(label 360p)[v3]" \
  -map "[v0]" -map "[v1]" -map "[v2]" -map "[v3]" -map 1:a -map 1:a -map 1:a -map 1:a \
  -c:v libx264 -profile:v main -preset veryfast -crf 30 -g 48 -keyint_min 48 -sc_threshold 0 -pix_fmt yuv420p \
  -maxrate:v:0 5000k -bufsize:v:0 10000k -b:v:0 5000k \
  -maxrate:v:1 2800k -bufsize:v:1 5600k -b:v:1 2800k \
  -maxrate:v:2 1400k -bufsize:v:2 2800k -b:v:2 1400k \
  -maxrate:v:3 800k -bufsize:v:3 1600k -b:v:3 800k \
  -c:a aac -b:a 32k -ac 1 \
  -f hls -hls_time 2 -hls_playlist_type vod -hls_flags independent_segments \
  -hls_segment_filename "$out/%v/segment_%03d.ts" \
  -master_pl_name master.m3u8 \
  -var_stream_map "v:0,a:0,name:1080p v:1,a:1,name:720p v:2,a:2,name:480p v:3,a:3,name:360p" \
  "$out/%v/index.m3u8"
du -sh "$out"
