// Opens a paper (today's, this week's, a challenge, or an attempt at a special quiz) and goes on
// to it: the address of a paper is its id, so a reload continues the same paper.
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { type Opening, useOpenPaper } from './queries.ts';

export function OpenPaperPage() {
  const { kind = '', id } = useParams();
  const navigate = useNavigate();
  const open = useOpenPaper();
  const { mutate } = open;
  useEffect(() => {
    const o: Opening | null = id
      ? { kind: 'special', id }
      : kind === 'daily' || kind === 'weekly' || kind === 'challenge'
        ? { kind }
        : null;
    if (!o) return;
    mutate(o, { onSuccess: (paper) => navigate(`/m/quiz/papers/${paper.id}`, { replace: true }) });
  }, [kind, id, mutate, navigate]);
  if (open.error) return <LoadFailed error={open.error} />;
  return <PageLoading />;
}

export { OpenPaperPage as Component };
