// 视频: one video on the phone, /m/videos/:id: its title, the player and its description.
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { call, http } from '../../api/client.ts';
import { VideoPlayer } from './VideoPlayer.tsx';

export function Component() {
  const { id = '' } = useParams();
  // The same query as the player's, so the title shows from one request.
  const q = useQuery({
    queryKey: ['video', id],
    queryFn: ({ signal }) => call(http.GET('/api/videos/{id}', { params: { path: { id } }, signal })),
  });
  const video = q.data?.data;
  return (
    <div className="hy-m-page">
      {video && <h1 className="hy-m-page-title">{video.title}</h1>}
      <VideoPlayer videoId={id} />
      {video?.description && <p className="hy-m-card hy-m-note">{video.description}</p>}
    </div>
  );
}
