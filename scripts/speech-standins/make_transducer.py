# Writes a tiny stand-in ONNX model that sherpa-onnx-node (OfflineRecognizer, modelConfig.transducer, modelType 'nemo_transducer': a Parakeet-TDT-shaped encoder/decoder/joiner) loads and runs.
# Its output is nonsense on purpose: it exercises the real loading, decoding and timing code
# without a real model. Needs Debian's python3-onnx (apt-get install python3-onnx).
# Usage: /usr/bin/python3 scripts/speech-standins/make_transducer.py OUT_DIR
import os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
os.makedirs(OUT, exist_ok=True)
import numpy as np, onnx
from onnx import helper, TensorProto as T, numpy_helper as nh
def save(nodes,ins,outs,inits,md,fn):
  g=helper.make_graph(nodes,fn,ins,outs,inits); m=helper.make_model(g,opset_imports=[helper.make_opsetid('',13)]); m.ir_version=8
  for k,v in md.items():
    e=m.metadata_props.add(); e.key=k; e.value=str(v)
  onnx.checker.check_model(m); onnx.save(m,os.path.join(OUT,fn))
rng=np.random.default_rng(2); F=80; C=16; H=8; V=5; D=5; SS=4; L=1
# encoder: audio_signal [N,80,T], length [N] -> outputs [N,C,T'], encoded_lengths [N]
We=(rng.standard_normal((C,F))*0.1).astype(np.float32)
save([helper.make_node('Slice',['audio_signal','s0','s1','s2','s3'],['xs']),
      helper.make_node('MatMul',['We','xs'],['outputs']),
      helper.make_node('Div',['length','four'],['encoded_lengths'])],
 [helper.make_tensor_value_info('audio_signal',T.FLOAT,['N',F,'T']),helper.make_tensor_value_info('length',T.INT64,['N'])],
 [helper.make_tensor_value_info('outputs',T.FLOAT,['N',C,'T2']),helper.make_tensor_value_info('encoded_lengths',T.INT64,['N'])],
 [nh.from_array(We,'We'),nh.from_array(np.array([0],np.int64),'s0'),nh.from_array(np.array([2**62],np.int64),'s1'),nh.from_array(np.array([2],np.int64),'s2'),nh.from_array(np.array([SS],np.int64),'s3'),nh.from_array(np.array([SS],np.int64),'four')],
 dict(vocab_size=V-1,subsampling_factor=SS,normalize_type='per_feature',pred_rnn_layers=L,pred_hidden=H,feat_dim=F,url='fake-parakeet-tdt-for-tests',model_type='EncDecRNNTBPEModel'),'encoder.onnx')
# decoder: targets [N,1] int32, target_length [N] int32, states.1 [L,N,H], onnx::Slice_3 [L,N,H]
Emb=(rng.standard_normal((V,H))*0.5).astype(np.float32)
save([helper.make_node('Gather',['Emb','targets'],['g']),helper.make_node('Transpose',['g'],['decoder_output'],perm=[0,2,1]),
      helper.make_node('Identity',['target_length'],['target_length_out']),helper.make_node('Identity',['states_in_1'],['states_out_1']),helper.make_node('Identity',['states_in_2'],['states_out_2'])],
 [helper.make_tensor_value_info('targets',T.INT32,['N',1]),helper.make_tensor_value_info('target_length',T.INT32,['N']),helper.make_tensor_value_info('states_in_1',T.FLOAT,[L,'N',H]),helper.make_tensor_value_info('states_in_2',T.FLOAT,[L,'N',H])],
 [helper.make_tensor_value_info('decoder_output',T.FLOAT,['N',H,1]),helper.make_tensor_value_info('target_length_out',T.INT32,['N']),helper.make_tensor_value_info('states_out_1',T.FLOAT,[L,'N',H]),helper.make_tensor_value_info('states_out_2',T.FLOAT,[L,'N',H])],
 [nh.from_array(Emb,'Emb')],{},'decoder.onnx')
# joiner: encoder_outputs [N,C,1], decoder_outputs [N,H,1] -> logits [N,1,1,V+D]
Wc=(rng.standard_normal((C,V+D))).astype(np.float32); Wd=(rng.standard_normal((H,V+D))).astype(np.float32)
b=np.zeros(V+D,np.float32); b[V+1]=50.0  # duration index 1 always wins -> advance 1 frame
save([helper.make_node('Transpose',['encoder_outputs'],['et'],perm=[0,2,1]),helper.make_node('Transpose',['decoder_outputs'],['dt'],perm=[0,2,1]),
      helper.make_node('MatMul',['et','Wc'],['a']),helper.make_node('MatMul',['dt','Wd'],['c']),helper.make_node('Add',['a','c'],['ac']),helper.make_node('Add',['ac','b'],['l']),
      helper.make_node('Unsqueeze',['l','ax'],['outputs'])],
 [helper.make_tensor_value_info('encoder_outputs',T.FLOAT,['N',C,1]),helper.make_tensor_value_info('decoder_outputs',T.FLOAT,['N',H,1])],
 [helper.make_tensor_value_info('outputs',T.FLOAT,['N',1,1,V+D])],
 [nh.from_array(Wc,'Wc'),nh.from_array(Wd,'Wd'),nh.from_array(b,'b'),nh.from_array(np.array([1],np.int64),'ax')],{},'joiner.onnx')
open(os.path.join(OUT,'tokens.txt'),'w').write('\n'.join(f'{t} {i}' for i,t in enumerate(['▁hallo','▁wereld','▁ja','▁nee','<blk>']))+'\n')
