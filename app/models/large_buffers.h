#pragma once

// glibc serves an allocation above its mmap threshold with pages of its own, which free()
// gives back to the system, and a large realloc() moves them without copying. But it raises
// the threshold to the size of each such block freed (up to 32 MiB): after one workspace's
// members are freed, the next workspace's columns of a few MiB come from the heap instead,
// grow by copying and stay in the process after they are freed (member_table_benchmark with
// --members 100000,1000000 runs both sizes in one process and prints the peaks).
//
// Fixes the threshold at glibc's initial 128 KiB, once per process (MemberTableModel does it);
// nothing elsewhere.
void keepLargeBuffersMapped();
