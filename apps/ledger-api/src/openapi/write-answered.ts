import { ApiResponse } from '@nestjs/swagger';
import { WriteAnswerSchema } from './write-answer.schema';

/** SPEC §3: every write answers its status with the write answer and the tenant's revision as `ETag`. */
export const WriteAnswered = (status: 200 | 201) =>
  ApiResponse({
    status,
    type: WriteAnswerSchema,
    description: status === 201 ? 'Recorded' : 'Recorded (or nothing to change)',
    headers: {
      ETag: { description: '`"<revision>"` of the tenant’s stream', schema: { type: 'string' } },
      'Idempotent-Replayed': {
        description: '`true` when the answer is the one recorded for this Idempotency-Key',
        schema: { type: 'string' },
      },
    },
  });
