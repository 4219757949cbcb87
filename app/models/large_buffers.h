#pragma once

// glibc serves an allocation above its mmap threshold with pages of its own, which free()
// gives back to the system, and a large realloc() moves them without copying. But it raises
// the threshold to the size of each such block freed (up to 32 MiB): after one workspace's
// members are freed, the next workspace's columns of a few MiB come from the heap instead,
// grow by copying and stay in the process after they are freed. Measured with
// member_table_benchmark (100,000 then 1,000,000 members in one process): 424 MiB at peak and
// 450 MiB during a reload with the moving threshold, 382 and 360 MiB with it fixed.
//
// Fixes the threshold at glibc's initial 128 KiB, once per process (MemberTableModel does it);
// nothing elsewhere.
void keepLargeBuffersMapped();
