// Words of the video library (视频库).
import { addStrings } from '../../i18n/index.ts';

addStrings('video', {
  zh: {
    title: '视频库',
    subtitle: '上传党课、学习视频：系统自动转码为“流畅”和“标清”两种清晰度，村里网络慢也能播放',
    upload: '上传视频',
    col: { poster: '封面', title: '标题', org: '所属组织', duration: '时长', status: '状态', created: '上传时间' },
    status: { processing: '转码中', ready: '可播放', failed: '转码失败' },
    preview: '预览',
    none: '还没有视频，点击“上传视频”添加第一个',
    form: {
      title: '视频标题',
      description: '简介',
      org: '所属组织',
      file: '视频文件',
      choose: '选择视频文件',
      hint: '支持 MP4、MOV、WebM、MKV、AVI、FLV、MPEG，单个文件最大 {{mb}} MB',
      submit: '开始上传',
      sending: '正在上传 {{percent}}%',
      done: '上传完成，正在转码，可在列表中查看进度',
    },
  },
  en: {
    title: 'Video library',
    subtitle:
      'Upload lessons and study videos: they are transcoded into Smooth and Standard quality, so they play on slow village networks too',
    upload: 'Upload video',
    col: {
      poster: 'Poster',
      title: 'Title',
      org: 'Organisation',
      duration: 'Length',
      status: 'Status',
      created: 'Uploaded',
    },
    status: { processing: 'Transcoding', ready: 'Ready', failed: 'Failed' },
    preview: 'Preview',
    none: 'No videos yet: choose "Upload video" to add the first',
    form: {
      title: 'Title',
      description: 'Description',
      org: 'Organisation',
      file: 'Video file',
      choose: 'Choose a video file',
      hint: 'MP4, MOV, WebM, MKV, AVI, FLV or MPEG, up to {{mb}} MB',
      submit: 'Upload',
      sending: 'Uploading {{percent}}%',
      done: 'Uploaded: transcoding now, follow its progress in the list',
    },
  },
});
