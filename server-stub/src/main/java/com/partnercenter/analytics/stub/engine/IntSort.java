package com.partnercenter.analytics.stub.engine;

/** A stable merge sort of an {@code int[]} with a primitive comparator (no boxing). */
final class IntSort {
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    static void sort(int[] a, int from, int to, IntComparator cmp) {
        int[] tmp = new int[to - from];
        System.arraycopy(a, from, tmp, 0, to - from);
        mergeSort(tmp, a, from, to, -from, cmp);
    }

    private static void mergeSort(int[] src, int[] dest, int low, int high, int off, IntComparator c) {
        int length = high - low;
        if (length < 7) {
            for (int i = low; i < high; i++) {
                for (int j = i; j > low && c.compare(dest[j - 1], dest[j]) > 0; j--) {
                    int t = dest[j];
                    dest[j] = dest[j - 1];
                    dest[j - 1] = t;
                }
            }
            return;
        }
        int destLow = low;
        int destHigh = high;
        low += off;
        high += off;
        int mid = (low + high) >>> 1;
        mergeSort(dest, src, low, mid, -off, c);
        mergeSort(dest, src, mid, high, -off, c);
        if (c.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, low, dest, destLow, length);
            return;
        }
        for (int i = destLow, p = low, q = mid; i < destHigh; i++) {
            if (q >= high || p < mid && c.compare(src[p], src[q]) <= 0) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    /**
     * The {@code k} smallest of {@code a[0..n)} under {@code cmp}, sorted: the same as the first {@code k} of a
     * stable sort when {@code cmp} is a total order (the stub's comparators break ties by row number). A bounded
     * max-heap: most rows cost one comparison against the heap's top, so a page of 100 rows ordered out of 100,000
     * costs about {@code n} comparisons instead of {@code n log n}.
     */
    static int[] smallest(int[] a, int n, int k, IntComparator cmp) {
        k = Math.min(k, n);
        int[] heap = new int[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int x = a[i];
            if (size < k) {
                heap[size] = x;
                siftUp(heap, size++, cmp);
            } else if (k > 0 && cmp.compare(x, heap[0]) < 0) {
                heap[0] = x;
                siftDown(heap, size, cmp);
            }
        }
        sort(heap, 0, size, cmp);
        return heap;
    }

    private static void siftUp(int[] heap, int i, IntComparator cmp) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (cmp.compare(x, heap[parent]) <= 0) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private static void siftDown(int[] heap, int size, IntComparator cmp) {
        int x = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && cmp.compare(heap[child + 1], heap[child]) > 0) {
                child++;
            }
            if (cmp.compare(heap[child], x) <= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }
}
