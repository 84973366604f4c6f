package org.greenwhistle.common.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A read-only view of a file from {@code offset} on: Tink's seekable decryption expects its header at position 0. */
final class OffsetChannel implements SeekableByteChannel {
  private final FileChannel file;
  private final long offset;
  private long position;

  OffsetChannel(FileChannel file, long offset) {
    this.file = file;
    this.offset = offset;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = file.read(dst, offset + position);
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    position = newPosition;
    return this;
  }

  @Override
  public long size() throws IOException {
    return file.size() - offset;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return file.isOpen();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
